/** E-mail: an outbox written in the caller's transaction and a worker that sends it with retries. */
package org.plenary.notifications;
