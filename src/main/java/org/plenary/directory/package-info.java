/** Who is who: user accounts and roles, and (with registration) countries, organisations and focal points. */
package org.plenary.directory;
