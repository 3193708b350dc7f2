package switchboard.adapter.out.provider.fcm;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.exceptions.ConfigurationException;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

import switchboard.adapter.out.provider.support.ProviderTimeouts;

/**
 * {@code switchboard.fcm.*}: where FCM is, and the gateway's own service account, as a key file
 * ({@code service-account-file}) or its JSON ({@code service-account-json}, e.g. from a secret
 * in an environment variable). Its timeouts apply to token requests too.
 */
@ConfigurationProperties("switchboard.fcm")
public class FcmConfiguration extends ProviderTimeouts {

    private URI baseUrl = URI.create("https://fcm.googleapis.com");
    /** A path; a string, so that an empty value (an unset environment variable) means none. */
    private String serviceAccountFile;
    private String serviceAccountJson;
    /** The Firebase project to send through, when not the service account key's own project_id. */
    private String projectId;

    /** The gateway's service account key, if one is configured; a key file that cannot be read stops the start. */
    Optional<String> serviceAccountKey() {
        if (serviceAccountJson != null && !serviceAccountJson.isBlank()) {
            return Optional.of(serviceAccountJson);
        }
        if (serviceAccountFile == null || serviceAccountFile.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(Path.of(serviceAccountFile), StandardCharsets.UTF_8));
        } catch (IOException | InvalidPathException e) {
            throw new ConfigurationException("switchboard.fcm.service-account-file: cannot read " + serviceAccountFile
                    + " (" + e.getClass().getSimpleName() + ")");
        }
    }

    public URI getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(URI baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String getServiceAccountFile() {
        return serviceAccountFile;
    }

    public void setServiceAccountFile(String serviceAccountFile) {
        this.serviceAccountFile = serviceAccountFile;
    }

    public String getServiceAccountJson() {
        return serviceAccountJson;
    }

    public void setServiceAccountJson(String serviceAccountJson) {
        this.serviceAccountJson = serviceAccountJson;
    }

    public String getProjectId() {
        return projectId;
    }

    public void setProjectId(String projectId) {
        this.projectId = projectId;
    }
}
