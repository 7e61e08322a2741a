package org.fieldbook.tests.common.entra;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** The OAuth 2 side of {@link EntraOnLoopback}: codes, device codes and tokens, checked as Entra ID checks them. */
final class EntraTokens {

    static final String TENANT_ID = "9c2b6f1e-4a3d-4b8c-8e7f-6a5b4c3d2e1f";
    static final String OBJECT_ID = "5e4d3c2b-1a09-4f8e-9d7c-6b5a4f3e2d1c";
    private static final String DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder URL64 = Base64.getUrlEncoder().withoutPadding();

    /** An answer of the token endpoint. */
    record Answer(int status, String json) {
    }

    /** What an authorization code was issued for. */
    private record Pending(String challenge, String redirect, String nonce) {
    }

    private final String origin;
    private final String tenant;
    private final String clientId;
    private final String user;
    private final Map<String, String> deviceCodes = new ConcurrentHashMap<>();
    private final Set<String> approved = ConcurrentHashMap.newKeySet();
    private final Map<String, Pending> codes = new ConcurrentHashMap<>();
    private final Set<String> refreshTokens = ConcurrentHashMap.newKeySet();
    private final Set<String> accessTokens = ConcurrentHashMap.newKeySet();
    private final List<String> verified = new CopyOnWriteArrayList<>();
    private volatile int lifetime = 3600;
    private volatile String refusal;

    EntraTokens(String origin, String tenant, String clientId, String user) {
        this.origin = origin;
        this.tenant = tenant;
        this.clientId = clientId;
        this.user = user;
    }

    void lifetime(int seconds) {
        lifetime = seconds;
    }

    void refuse(String description) {
        refusal = description;
    }

    void approve(String userCode) {
        approved.add(userCode);
    }

    boolean valid(String accessToken) {
        return accessTokens.contains(accessToken);
    }

    List<String> verifiedChallenges() {
        return List.copyOf(verified);
    }

    /** Where the browser goes back to with the answer to a sign-in page. */
    record Authorized(String redirect, Map<String, String> fields, boolean formPost) {
    }

    /** @return the answer for the app's redirect URI: a code, or an error, as the page asked for them */
    Authorized authorize(Map<String, String> query) {
        String redirect = query.getOrDefault("redirect_uri", "");
        boolean formPost = "form_post".equals(query.get("response_mode"));
        Map<String, String> fields = new LinkedHashMap<>();
        if (!clientId.equals(query.get("client_id")) || !"code".equals(query.get("response_type"))
                || !"S256".equals(query.get("code_challenge_method")) || query.getOrDefault("code_challenge", "").isEmpty()) {
            fields.put("error", "invalid_request");
            fields.put("error_description", "AADSTS900144: PKCE with S256 is required.");
        } else {
            String code = random();
            codes.put(code, new Pending(query.get("code_challenge"), redirect, query.get("nonce")));
            fields.put("code", code);
            fields.put("session_state", random());
        }
        fields.put("state", query.getOrDefault("state", ""));
        return new Authorized(redirect, fields, formPost);
    }

    String deviceCode(Map<String, String> form) {
        String deviceCode = random();
        String userCode = HexFormat.of().withUpperCase().formatHex(bytes(4));
        deviceCodes.put(deviceCode, userCode);
        return "{\"user_code\":\"" + userCode + "\",\"device_code\":\"" + deviceCode + "\",\"verification_uri\":\"" + origin
                + "/devicelogin\",\"expires_in\":900,\"interval\":1,\"message\":\"To sign in, open " + origin
                + "/devicelogin and enter the code " + userCode + ".\"}";
    }

    Answer token(Map<String, String> form) {
        if (refusal != null) {
            return error("invalid_grant", refusal);
        }
        if (!clientId.equals(form.get("client_id"))) {
            return error("unauthorized_client", "AADSTS700016: Application with identifier was not found in the directory.");
        }
        if (!form.getOrDefault("scope", "").contains(origin + "/user_impersonation")) {
            return error("invalid_scope", "AADSTS70011: The scope must name the organization's user_impersonation.");
        }
        return switch (form.getOrDefault("grant_type", "")) {
        case DEVICE_GRANT, "device_code" -> deviceGrant(form.get("device_code"));
        case "authorization_code" -> codeGrant(form);
        case "refresh_token" -> refreshTokens.remove(form.get("refresh_token")) ? issue(null)
                : error("invalid_grant", "AADSTS70000: The refresh token was already used or is unknown.");
        default -> error("unsupported_grant_type", "AADSTS70003: This grant type is not supported here.");
        };
    }

    private Answer deviceGrant(String deviceCode) {
        String userCode = deviceCodes.get(deviceCode);
        if (userCode == null) {
            return error("expired_token", "AADSTS70019: The device code expired.");
        }
        if (!approved.contains(userCode)) {
            return error("authorization_pending", "AADSTS70016: The user has not yet entered the code.");
        }
        deviceCodes.remove(deviceCode);
        return issue(null);
    }

    private Answer codeGrant(Map<String, String> form) {
        Pending pending = codes.remove(form.getOrDefault("code", ""));
        if (pending == null || !pending.redirect().equals(form.get("redirect_uri"))) {
            return error("invalid_grant", "AADSTS70008: The authorization code is unknown, used or for another redirect URI.");
        }
        if (!pending.challenge().equals(s256(form.getOrDefault("code_verifier", "")))) {
            return error("invalid_grant", "AADSTS501481: The Code_Verifier does not match the code_challenge supplied in the authorization request.");
        }
        verified.add(pending.challenge());
        return issue(pending.nonce());
    }

    private Answer issue(String nonce) {
        String access = random();
        String refresh = random();
        accessTokens.add(access);
        refreshTokens.add(refresh);
        String clientInfo = URL64.encodeToString(("{\"uid\":\"" + OBJECT_ID + "\",\"utid\":\"" + TENANT_ID + "\"}").getBytes(StandardCharsets.UTF_8));
        return new Answer(200, "{\"token_type\":\"Bearer\",\"scope\":\"" + origin + "/user_impersonation\",\"expires_in\":" + lifetime
                + ",\"ext_expires_in\":" + lifetime + ",\"access_token\":\"" + access + "\",\"refresh_token\":\"" + refresh
                + "\",\"id_token\":\"" + idToken(nonce) + "\",\"client_info\":\"" + clientInfo + "\"}");
    }

    private String idToken(String nonce) {
        long now = Instant.now().getEpochSecond();
        String claims = "{\"aud\":\"" + clientId + "\",\"iss\":\"" + origin + "/" + TENANT_ID + "/v2.0\",\"iat\":" + now + ",\"nbf\":" + now
                + ",\"exp\":" + (now + 3600) + ",\"name\":\"Ada Field\",\"oid\":\"" + OBJECT_ID + "\",\"preferred_username\":\"" + user
                + "\",\"sub\":\"" + OBJECT_ID + "\",\"tid\":\"" + TENANT_ID + "\",\"ver\":\"2.0\""
                + (nonce == null ? "" : ",\"nonce\":\"" + nonce + "\"") + "}";
        return URL64.encodeToString("{\"typ\":\"JWT\",\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + URL64.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + "." + URL64.encodeToString(bytes(16));
    }

    private Answer error(String error, String description) {
        return new Answer(400, "{\"error\":\"" + error + "\",\"error_description\":\"" + description + "\\r\\nTrace ID: " + random()
                + "\\r\\nCorrelation ID: " + random() + "\",\"error_codes\":[" + description.replaceAll("\\D*(\\d+).*", "$1")
                + "],\"tenant\":\"" + tenant + "\"}");
    }

    private static String s256(String verifier) {
        try {
            return URL64.encodeToString(MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    private static String random() {
        return URL64.encodeToString(bytes(24));
    }

    private static byte[] bytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
