package dev.limittriage.packet;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A set of fake secrets of every kind the redactor must remove, each planted in the dump form people paste it in.
 * The secrets are generated (seeded) at run time, so no key-shaped literal sits in the repository for scanners.
 */
public final class PlantedSecrets {
    private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final String B64URL = ALNUM + "_-";
    private static final String HEX = "0123456789abcdef";
    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    /**
     * One planted secret.
     *
     * @param kind   the label the report must count
     * @param secret the part that must never survive
     * @param text   the secret in context
     */
    public record Planted(String kind, String secret, String text) {
    }

    private PlantedSecrets() {
    }

    public static List<Planted> all() {
        Random r = new Random(20261128L);
        List<Planted> list = new ArrayList<>();
        String proj = "sk-proj-" + s(r, B64URL, 74) + "T3BlbkFJ" + s(r, B64URL, 74);
        list.add(new Planted("openai-key", proj, "OPENAI_API_KEY=" + proj));
        String svc = "sk-svcacct-" + s(r, B64URL, 58) + "T3BlbkFJ" + s(r, B64URL, 58);
        list.add(new Planted("openai-key", svc, "client = OpenAI(api_key=\"" + svc + "\")"));
        String admin = "sk-admin-" + s(r, B64URL, 58) + "T3BlbkFJ" + s(r, B64URL, 58);
        list.add(new Planted("openai-key", admin, "using admin key " + admin + " for usage"));
        String legacy = "sk-" + s(r, ALNUM, 20) + "T3BlbkFJ" + s(r, ALNUM, 20);
        list.add(new Planted("openai-key", legacy, "Incorrect API key provided: " + legacy + "."));
        String generic = "sk-" + s(r, HEX, 32);
        list.add(new Planted("sk-key", generic, "one-api relay key " + generic + " (request id: 2026)"));
        String openrouter = "sk-or-v1-" + s(r, HEX, 64);
        list.add(new Planted("openrouter-key", openrouter, "OPENROUTER_API_KEY=" + openrouter));
        String anthropic = "sk-ant-api03-" + s(r, B64URL, 93) + "AA";
        list.add(new Planted("anthropic-key", anthropic, "x-api-key: " + anthropic));
        String google = "AIza" + s(r, B64URL, 35);
        list.add(new Planted("google-api-key", google,
                "POST https://generativelanguage.googleapis.com/v1beta/models/x:generateContent?key=" + google));
        String replicate = "r8_" + s(r, ALNUM, 37);
        list.add(new Planted("replicate-token", replicate, "REPLICATE_API_TOKEN=" + replicate));
        String akia = "AKIA" + s(r, BASE32, 16);
        list.add(new Planted("aws-access-key", akia, "aws_access_key_id = " + akia));
        String asia = "ASIA" + s(r, BASE32, 16);
        list.add(new Planted("aws-access-key", asia, "\"AccessKeyId\": \"" + asia + "\""));
        String fal = s(r, HEX, 8) + "-" + s(r, HEX, 4) + "-" + s(r, HEX, 4) + "-" + s(r, HEX, 4) + "-"
                + s(r, HEX, 12) + ":" + s(r, HEX, 32);
        list.add(new Planted("fal-key", fal, "Authorization: Key " + fal));
        String bearer = s(r, ALNUM, 12) + "7" + s(r, ALNUM, 27);
        list.add(new Planted("bearer-token", bearer, "> Authorization: Bearer " + bearer));
        String jwt = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI" + s(r, B64URL, 30) + "." + s(r, B64URL, 43);
        list.add(new Planted("jwt", jwt, "{\"id_token_hint\": \"" + jwt + "\"}"));
        String azureKey = s(r, HEX, 32);
        list.add(new Planted("api-key", azureKey, "api-key: " + azureKey));
        String apim = s(r, HEX, 32);
        list.add(new Planted("apim-subscription-key", apim, "Ocp-Apim-Subscription-Key: " + apim));
        String xapi = s(r, HEX, 40);
        list.add(new Planted("x-api-key", xapi, "{\"x-api-key\": \"" + xapi + "\", \"accept\": \"*/*\"}"));
        String cookie = s(r, ALNUM, 30);
        list.add(new Planted("cookie", cookie, "Cookie: session=" + cookie + "; theme=dark"));
        String cfbm = s(r, B64URL, 40);
        list.add(new Planted("set-cookie", cfbm, "< set-cookie: __cf_bm=" + cfbm + "; path=/; HttpOnly; Secure"));
        String code = s(r, ALNUM, 20);
        list.add(new Planted("url-token", code, "GET /callback?code=" + code + "&lang=en HTTP/1.1"));
        String state = s(r, ALNUM, 16);
        list.add(new Planted("url-token", state, "https://app.example/cb?x=1&state=" + state));
        String access = s(r, ALNUM, 32);
        list.add(new Planted("url-token", access, "wss://relay.example/ws?access_token=" + access));
        String sig = s(r, ALNUM, 43) + "%3D";
        list.add(new Planted("url-token", sig, "https://acct.blob.core.windows.net/c/i.png?sv=2024&sig=" + sig));
        String clientSecret = s(r, ALNUM, 24);
        list.add(new Planted("url-token", clientSecret, "token?grant_type=x&client_secret=" + clientSecret));
        String token = s(r, ALNUM, 24);
        list.add(new Planted("url-token", token, "https://api.example/v1/images?token=" + token));
        String urlKey = s(r, HEX, 32);
        list.add(new Planted("url-token", urlKey, "https://res.openai.azure.com/x?api-key=" + urlKey + "&y=1"));
        String email = "jane.doe+limits@example.co.uk";
        list.add(new Planted("email", email, "Contact " + email + " for billing."));
        // The same header kinds in the other dump forms
        String pyRepr = s(r, HEX, 32);
        list.add(new Planted("api-key", pyRepr, "{'api-key': '" + pyRepr + "', 'content-type': 'application/json'}"));
        String basic = s(r, B64URL, 28) + "==";
        list.add(new Planted("authorization", basic,
                "[(b'host', b'api.openai.com'), (b'authorization', b'Basic " + basic + "')]"));
        String curlH = s(r, HEX, 32);
        list.add(new Planted("api-key", curlH, "curl -s -H 'api-key: " + curlH + "' -d '{\"prompt\":\"cat\"}' URL"));
        String goMap = s(r, HEX, 32);
        list.add(new Planted("api-key", goMap, "map[Api-Key:[" + goMap + "] Content-Type:[application/json]]"));
        String dotnet = s(r, HEX, 32);
        list.add(new Planted("apim-subscription-key", dotnet, "[Ocp-Apim-Subscription-Key, " + dotnet + "]"));
        String har = s(r, HEX, 32);
        list.add(new Planted("x-api-key", har, "{\"name\": \"x-api-key\", \"value\": \"" + har + "\"}"));
        String escaped = s(r, HEX, 32);
        list.add(new Planted("api-key", escaped, "\"{\\\"api-key\\\": \\\"" + escaped + "\\\"}\""));
        String basicLine = s(r, B64URL, 20) + "==";
        list.add(new Planted("authorization", basicLine, "Authorization: Basic " + basicLine));
        String googleHeader = s(r, HEX, 39);
        list.add(new Planted("google-api-key", googleHeader, "x-goog-api-key: " + googleHeader));
        String harPretty = s(r, HEX, 32);
        list.add(new Planted("api-key", harPretty,
                "        {\n          \"name\": \"api-key\",\n          \"value\": \"" + harPretty + "\"\n        }"));
        String upper = s(r, HEX, 32);
        list.add(new Planted("apim-subscription-key", upper, "OCP-APIM-SUBSCRIPTION-KEY:" + upper));
        // assignments outside any header or URL: an .env line, a JSON field and a shell export
        String envPassword = s(r, ALNUM, 24);
        list.add(new Planted("secret", envPassword, "DB_PASSWORD=" + envPassword));
        String refresh = s(r, B64URL, 40);
        list.add(new Planted("secret", refresh, "{\"refresh_token\": \"" + refresh + "\"}"));
        String exported = s(r, HEX, 32);
        list.add(new Planted("secret", exported, "export IMAGE_SERVICE_API_KEY='" + exported + "'"));
        return List.copyOf(list);
    }

    /** Every planted text in one paste, one per line. */
    public static String asOnePaste() {
        StringBuilder b = new StringBuilder("HTTP/1.1 429 Too Many Requests\n");
        for (Planted p : all()) {
            b.append(p.text()).append('\n');
        }
        return b.toString();
    }

    private static String s(Random r, String alphabet, int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return b.toString();
    }
}
