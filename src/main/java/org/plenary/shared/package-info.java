/** Small shared kernel every module may use: time, problem details, i18n helpers, the bundled database. */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.plenary.shared;

import org.springframework.modulith.ApplicationModule;
