package com.massagetrainer.perf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One browser tab speaking Vaadin Flow's client protocol over plain HTTP, for load and cost measurements without a
 * browser: the page's CSRF meta tag for the sign-in form, {@code ?v-r=init} for a UI, then UIDL posts carrying the
 * csrfToken, syncId and clientId taken from the server's previous answer. Elements are found by their id attribute
 * in the state-tree changes the server sends, never by hard-coded node numbers.
 */
final class UidlClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http;
    private final URI base;
    private String sessionCookie;
    private String csrfToken;
    private int uiId = -1;
    private int syncId;
    private int clientId;
    private final Map<String, Integer> nodeById = new HashMap<>();
    private final Map<Integer, String> idByNode = new HashMap<>();
    private final Map<Integer, String> tagByNode = new HashMap<>();
    private long bytesReceived;

    UidlClient(HttpClient http, URI base) {
        this.http = http;
        this.base = base;
    }

    static HttpClient newHttpClient() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Spring Security's form login, as the login view's form posts it. */
    void signIn(String email, String password) throws IOException {
        String page = get("login");
        Matcher csrf = CSRF_META.matcher(page);
        if (!csrf.find()) {
            throw new ProtocolException("the login page has no CSRF meta tag");
        }
        String form = "username=" + enc(email) + "&password=" + enc(password) + "&_csrf=" + enc(csrf.group(1));
        HttpResponse<String> response = send(HttpRequest.newBuilder(base.resolve("login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("error")) {
            throw new ProtocolException("sign-in of " + email + " failed: " + response.statusCode() + " " + location);
        }
    }

    /** Opens a new UI on the route, as a browser loading that address does: page, init, then navigate. */
    void open(String route) throws IOException {
        get(route);
        String init = get("?v-r=init&location=" + enc(route) + "&query=");
        JsonNode config = JSON.readTree(init).path("appConfig");
        if (config.isMissingNode()) {
            throw new ProtocolException("init of " + route + " gave no appConfig");
        }
        nodeById.clear();
        idByNode.clear();
        tagByNode.clear();
        uiId = config.path("v-uiId").asInt();
        JsonNode uidl = config.path("uidl");
        csrfToken = uidl.path("Vaadin-Security-Key").asText();
        apply(uidl);
        ObjectNode data = JSON.createObjectNode().put("route", route).put("query", "").put("appShellTitle", "")
                .put("trigger", "");
        data.putObject("historyState").put("idx", 0);
        rpc(event(1, "ui-navigate", data));
    }

    /** A click on the element with this id. */
    void click(String id) throws IOException {
        rpc(event(node(id), "click", JSON.createObjectNode()));
    }

    /** A DOM event with the data the page's listener asked the browser for (keyed by the expression). */
    void event(String id, String name, ObjectNode data) throws IOException {
        rpc(event(node(id), name, data));
    }

    /** What a field sends when its value changes: the synchronised property, then the change event. */
    void setValue(String id, JsonNode value) throws IOException {
        int node = node(id);
        ObjectNode sync = JSON.createObjectNode().put("type", "mSync").put("node", node).put("feature", 1)
                .put("property", "value");
        sync.set("value", value);
        rpc(sync, event(node, "value-changed", JSON.createObjectNode()));
    }

    boolean has(String id) {
        return nodeById.containsKey(id);
    }

    Optional<String> tagOf(String id) {
        return Optional.ofNullable(nodeById.get(id)).map(tagByNode::get);
    }

    long bytesReceived() {
        return bytesReceived;
    }

    private int node(String id) {
        Integer node = nodeById.get(id);
        if (node == null) {
            throw new ProtocolException("no element with id '" + id + "' on the page");
        }
        return node;
    }

    private static ObjectNode event(int node, String name, ObjectNode data) {
        ObjectNode e = JSON.createObjectNode().put("type", "event").put("node", node).put("event", name);
        e.set("data", data);
        return e;
    }

    private void rpc(ObjectNode... calls) throws IOException {
        ObjectNode body = JSON.createObjectNode().put("csrfToken", csrfToken);
        ArrayNode list = body.putArray("rpc");
        for (ObjectNode call : calls) {
            list.add(call);
        }
        body.put("syncId", syncId).put("clientId", clientId);
        HttpResponse<String> response = send(HttpRequest.newBuilder(base.resolve("?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
        if (response.statusCode() != 200) {
            throw new ProtocolException("UIDL answered " + response.statusCode());
        }
        String text = response.body();
        if (text.startsWith("for(;;);")) {
            text = text.substring("for(;;);".length());
        }
        JsonNode message = JSON.readTree(text).path(0);
        JsonNode meta = message.path("meta");
        if (meta.has("appError") || meta.has("sessionExpired")) {
            throw new ProtocolException("server reported " + meta);
        }
        if (!message.has("syncId")) {
            throw new ProtocolException("UIDL answer without syncId: " + abbreviate(text));
        }
        apply(message);
    }

    /** Reads the counters and the element ids out of a UIDL message. */
    private void apply(JsonNode message) {
        if (message.has("syncId")) {
            syncId = message.get("syncId").asInt();
        }
        if (message.has("clientId")) {
            clientId = message.get("clientId").asInt();
        }
        for (JsonNode change : message.path("changes")) {
            int node = change.path("node").asInt();
            String type = change.path("type").asText();
            if ("detach".equals(type)) {
                String id = idByNode.remove(node);
                if (id != null) {
                    nodeById.remove(id, node);
                }
                tagByNode.remove(node);
            } else if ("put".equals(type)) {
                String key = change.path("key").asText();
                JsonNode value = change.path("value");
                if ("tag".equals(key) && change.path("feat").asInt() == 0) {
                    tagByNode.put(node, value.asText());
                } else if ("id".equals(key) && value.isTextual()) {
                    idByNode.put(node, value.asText());
                    nodeById.put(value.asText(), node);
                }
            }
        }
    }

    private String get(String path) throws IOException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(base.resolve(path)).GET());
        if (response.statusCode() != 200) {
            throw new ProtocolException("GET " + path + " answered " + response.statusCode());
        }
        return response.body();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException {
        if (sessionCookie != null) {
            request.header("Cookie", sessionCookie);
        }
        try {
            HttpResponse<String> response = http.send(request.timeout(TIMEOUT).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                    .findFirst().ifPresent(c -> sessionCookie = c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')));
            bytesReceived += response.body().length();
            return response;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    /** The server answered something a browser would show as an error, or an expected element is missing. */
    static final class ProtocolException extends RuntimeException {
        ProtocolException(String message) {
            super(message);
        }
    }
}
