/** Small shared kernel every module may use: time, problem details, i18n helpers, the bundled database. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.plenary.shared;
