-- The list of published versions names who published each as people know them, by name, not by
-- the login e-mail address (published_by keeps that). The name is the one the publisher had when
-- publishing, kept with the version like its date, and read in the same statement as the versions.
-- Versions published before this column get their publisher's current name where the address
-- still names an account; versions loaded as demo data have none.
alter table scheduling_published add column published_by_name text;
update scheduling_published p set published_by_name = a.name
  from directory_account a where lower(a.email) = lower(p.published_by);
