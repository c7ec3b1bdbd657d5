package org.plenary.documents;

import org.plenary.directory.Account;
import org.plenary.support.TestHttp;
import org.plenary.support.TestUsers;
import tools.jackson.databind.JsonNode;

/** JSON calls as an account, failing loudly on an unexpected status. */
final class TestHttpJson {

    final TestHttp http;

    TestHttpJson(int port, Account account) {
        this.http = new TestHttp(port).as(account.email(), TestUsers.PASSWORD);
    }

    JsonNode get(String path) {
        return ok(http.get(path));
    }

    JsonNode post(String path, String json) {
        return ok(http.post(path, json));
    }

    JsonNode put(String path, String json) {
        return ok(http.put(path, json));
    }

    private static JsonNode ok(TestHttp.Response r) {
        if (r.status() >= 300) {
            throw new AssertionError("HTTP " + r.status() + ": " + r.body());
        }
        return r.json();
    }
}
