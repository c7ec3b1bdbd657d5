-- Spring Modulith's event-publication registry is gone: every listener runs inside the publishing
-- transaction, and the one durable queue is notifications_outbox. Its tables were created by
-- Modulith's schema initialisation (not by Flyway) in installations before this version; they only
-- ever held publications for transactional listeners, of which there were none.
drop table if exists event_publication_archive;
drop table if exists event_publication;
