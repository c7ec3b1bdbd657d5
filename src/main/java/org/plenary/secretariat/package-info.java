/**
 * The secretariat's control room: its home ({@code /secretariat}, meetings upcoming, running and past),
 * each meeting's state at a glance (counts, charts and a link to every task) and the people page
 * (officers, focal points, password mails). It only reads the other modules through their public
 * query methods, and acts through their services; nothing depends on this module (top floor).
 */
package org.plenary.secretariat;
