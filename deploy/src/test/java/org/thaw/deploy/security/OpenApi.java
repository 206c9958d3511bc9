package org.thaw.deploy.security;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The operations of one war's OpenAPI document ({@code /portal/openapi/openapi.json}, {@code
 * /clinician/openapi/openapi.json}, served without signing in), read from the running stack: the
 * campaign's list of what to attack comes from what the API says it has, so a new operation is
 * swept without anyone remembering to add it.
 */
final class OpenApi {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    /**
     * One operation.
     *
     * @param app {@code portal} or {@code clinician}
     * @param path the full path with its templates, e.g. {@code /clinician/api/threads/{id}/messages}
     * @param bodyFields the request body's members with their schemas, in document order; null: no body
     */
    record Operation(
            String app,
            String method,
            String path,
            List<String> pathParams,
            List<String> queryParams,
            Map<String, Map<String, Object>> bodyFields) {

        String key() {
            return method + " " + path;
        }

        boolean hasBody() {
            return bodyFields != null;
        }

        /** The practice admin's operations of the clinician API (care teams, the audit log): a clinician is a wrong caller there. */
        boolean adminOnly() {
            return app.equals("clinician")
                    && (path.startsWith("/clinician/api/care-teams") || path.startsWith("/clinician/api/audit"));
        }

        /** The path with each template filled from {@code values} (by parameter name). */
        String fill(Map<String, String> values) {
            String filled = path;
            for (String p : pathParams) {
                String v = values.get(p);
                if (v == null) {
                    throw new IllegalStateException("no value for {" + p + "} of " + key());
                }
                filled = filled.replace("{" + p + "}", v);
            }
            return filled;
        }
    }

    private OpenApi() {}

    @SuppressWarnings("unchecked")
    static List<Operation> operations(Http http, String app) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send("GET", "/" + app + "/openapi/openapi.json", null, (byte[]) null);
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("the " + app + " OpenAPI document: " + answer.statusCode());
        }
        Map<String, Object> doc = Http.object(answer.body());
        String server = "/" + app;
        List<?> servers = (List<?>) doc.get("servers");
        if (servers != null && !servers.isEmpty()) {
            server = (String) ((Map<String, Object>) servers.get(0)).get("url");
        }
        Map<String, Object> schemas = (Map<String, Object>)
                ((Map<String, Object>) doc.getOrDefault("components", Map.of())).getOrDefault("schemas", Map.of());
        List<Operation> operations = new ArrayList<>();
        Map<String, Object> paths = (Map<String, Object>) doc.get("paths");
        for (Map.Entry<String, Object> p : paths.entrySet()) {
            Map<String, Object> item = (Map<String, Object>) p.getValue();
            for (Map.Entry<String, Object> m : item.entrySet()) {
                if (!METHODS.contains(m.getKey())) {
                    continue;
                }
                Map<String, Object> op = (Map<String, Object>) m.getValue();
                List<String> pathParams = new ArrayList<>();
                List<String> queryParams = new ArrayList<>();
                List<Object> parameters = new ArrayList<>((List<Object>) item.getOrDefault("parameters", List.of()));
                parameters.addAll((List<Object>) op.getOrDefault("parameters", List.of()));
                for (Object o : parameters) {
                    Map<String, Object> param = (Map<String, Object>) o;
                    ("path".equals(param.get("in")) ? pathParams : queryParams).add((String) param.get("name"));
                }
                Map<String, Map<String, Object>> body = null;
                Map<String, Object> requestBody = (Map<String, Object>) op.get("requestBody");
                if (requestBody != null) {
                    Map<String, Object> content = (Map<String, Object>) requestBody.get("content");
                    Map<String, Object> json = (Map<String, Object>) content.get("application/json");
                    Map<String, Object> schema = resolve((Map<String, Object>) json.get("schema"), schemas);
                    body = new LinkedHashMap<>();
                    Map<String, Object> properties = (Map<String, Object>) schema.getOrDefault("properties", Map.of());
                    for (Map.Entry<String, Object> f : properties.entrySet()) {
                        body.put(f.getKey(), resolve((Map<String, Object>) f.getValue(), schemas));
                    }
                }
                operations.add(new Operation(
                        app, m.getKey().toUpperCase(), server + p.getKey(), pathParams, queryParams, body));
            }
        }
        return operations;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> resolve(Map<String, Object> schema, Map<String, Object> schemas) {
        Map<String, Object> s = schema == null ? Map.of() : schema;
        for (int hops = 0; hops < 8 && s.containsKey("$ref"); hops++) {
            String ref = (String) s.get("$ref");
            s = (Map<String, Object>) schemas.getOrDefault(ref.substring(ref.lastIndexOf('/') + 1), Map.of());
        }
        return s;
    }
}
