/**
 * What a delegate needs in one place: "my meetings", gathering their registrations, requests,
 * documents, remote participation, visa letter, fellowship and followed Questions from the other
 * modules. Nothing depends on this module.
 */
package org.plenary.delegates;
