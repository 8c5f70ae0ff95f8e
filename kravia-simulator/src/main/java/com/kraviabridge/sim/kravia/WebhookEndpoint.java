package com.kraviabridge.sim.kravia;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * {@code PUT creditor/{id}/webhook} (E6). Turning it on needs an absolute http(s) URL and a secret (the docs ask
 * for public HTTPS; plain http is accepted so loopback receivers work). Turning it off may leave url and secret
 * out; the earlier ones are kept. Answers 200 with the configuration, without the secret.
 */
final class WebhookEndpoint implements Endpoint {

    private final SimCore core;
    private final Creditors creditors;

    WebhookEndpoint(SimCore core, Creditors creditors) {
        this.core = core;
        this.creditors = creditors;
    }

    @Override
    public ApiResponse handle(Call call) {
        long creditorId = call.pathId(0);
        call.access().require(creditorId);
        FieldErrors errors = new FieldErrors();
        JsonBody body = JsonBody.parse(call.request().body(), errors);
        Boolean enabled = body.flag("enabled", true);
        boolean on = Boolean.TRUE.equals(enabled);
        Optional<WebhookConfig> earlier = Optional.ofNullable(creditors.get(creditorId).webhook());
        String url = body.text("url", on);
        String secret = body.text("secret", on);
        if (url != null && !usable(url)) {
            errors.add("url", "The url must be an absolute http or https URL.");
        }
        errors.throwIfAny();

        WebhookConfig config = new WebhookConfig(
                url != null ? url : earlier.map(WebhookConfig::url).orElse(null),
                secret != null ? secret : earlier.map(WebhookConfig::secret).orElse(null), on);
        core.configureWebhook(creditorId, config);
        ObjectNode answer = Json.object();
        answer.put("creditorId", creditorId);
        answer.put("url", config.url());
        answer.put("enabled", config.enabled());
        return ApiResponse.ok(answer);
    }

    private static boolean usable(String url) {
        try {
            URI uri = new URI(url);
            return uri.isAbsolute() && uri.getHost() != null
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
