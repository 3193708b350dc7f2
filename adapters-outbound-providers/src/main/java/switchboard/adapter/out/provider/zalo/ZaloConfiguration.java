package switchboard.adapter.out.provider.zalo;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.exceptions.ConfigurationException;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import switchboard.adapter.out.provider.support.ProviderFailure;
import switchboard.adapter.out.provider.support.ProviderTimeouts;
import switchboard.domain.provider.ProviderAccount;

/**
 * {@code switchboard.zalo.*}: where Zalo's APIs are, and the gateway's own Official Account app
 * (the fields of {@link ZaloAccount}, in kebab case: {@code app-id}, {@code template-id}...).
 */
@ConfigurationProperties("switchboard.zalo")
public class ZaloConfiguration extends ProviderTimeouts {

    private URI baseUrl = URI.create("https://business.openapi.zalo.me");
    private URI oauthBaseUrl = URI.create("https://oauth.zaloapp.com");
    private String appId;
    private String templateId;
    private String templateParam;
    private String secretKey;
    private String refreshToken;
    private String accessToken;

    /**
     * The gateway's account, when any of its fields is configured; one that lacks a required
     * field stops the start, rather than failing every message later.
     */
    Optional<ZaloAccount> gatewayAccount() {
        Map<String, String> settings = new HashMap<>();
        Map<String, String> secrets = new HashMap<>();
        putIfSet(settings, "appId", appId);
        putIfSet(settings, "templateId", templateId);
        putIfSet(settings, "templateParam", templateParam);
        putIfSet(secrets, "secretKey", secretKey);
        putIfSet(secrets, "refreshToken", refreshToken);
        putIfSet(secrets, "accessToken", accessToken);
        if (settings.isEmpty() && secrets.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZaloAccount.of(new ProviderAccount(settings, secrets)));
        } catch (ProviderFailure failure) {
            throw new ConfigurationException("switchboard.zalo: " + failure.getMessage());
        }
    }

    private static void putIfSet(Map<String, String> fields, String name, String value) {
        if (value != null && !value.isBlank()) {
            fields.put(name, value.strip());
        }
    }

    public URI getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(URI baseUrl) {
        this.baseUrl = baseUrl;
    }

    public URI getOauthBaseUrl() {
        return oauthBaseUrl;
    }

    public void setOauthBaseUrl(URI oauthBaseUrl) {
        this.oauthBaseUrl = oauthBaseUrl;
    }

    public String getAppId() {
        return appId;
    }

    public void setAppId(String appId) {
        this.appId = appId;
    }

    public String getTemplateId() {
        return templateId;
    }

    public void setTemplateId(String templateId) {
        this.templateId = templateId;
    }

    public String getTemplateParam() {
        return templateParam;
    }

    public void setTemplateParam(String templateParam) {
        this.templateParam = templateParam;
    }

    public String getSecretKey() {
        return secretKey;
    }

    public void setSecretKey(String secretKey) {
        this.secretKey = secretKey;
    }

    public String getRefreshToken() {
        return refreshToken;
    }

    public void setRefreshToken(String refreshToken) {
        this.refreshToken = refreshToken;
    }

    public String getAccessToken() {
        return accessToken;
    }

    public void setAccessToken(String accessToken) {
        this.accessToken = accessToken;
    }
}
