package org.plenary.directory;

/** What a personal access token may do: {@code READ} only safe methods (GET, HEAD), {@code WRITE} everything its account may. */
public enum TokenScope {
    READ, WRITE;

    boolean covers(TokenScope wanted) {
        return this == WRITE || wanted == READ;
    }
}
