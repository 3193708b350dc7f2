package switchboard.domain.recipient;

/** Where a delivery goes, in the form its channel needs. */
public sealed interface Address permits EmailAddress, PhoneNumber, PushToken, WebhookUrl, UserId {

    String value();
}
