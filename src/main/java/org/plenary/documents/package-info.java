/**
 * Contributions and temporary documents of meetings: submission with deadlines and eligibility,
 * gap-free numbering, content-addressed storage of the files, revisions, allocation, access and search.
 */
package org.plenary.documents;
