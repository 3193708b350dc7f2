package switchboard.domain.scope;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import switchboard.domain.contact.ContactData;

import static org.assertj.core.api.Assertions.assertThat;

/** The two request bodies of fliplet-communicate-v1.md, their scopes run over an app's users. */
class FlipletScopeSamplesTest {

    private static final List<ContactData> USERS = List.of(
            ContactData.of(Json.object("{'Email': 'nick@example.org', 'Name': 'Nick'}")),
            ContactData.of(Json.object("{'Email': 'john@example.org', 'Name': 'John'}")),
            ContactData.of(Json.object("{'Email': 'jane@example.org', 'Name': 'Jane'}")),
            ContactData.of(Json.object("{'Name': 'No email'}")));

    @Test
    void theSingleRecipientSampleSelectsNick() {
        Map<String, Object> body = Json.object("""
                {
                  "data": {"title": "New article", "message": "John posted an article."},
                  "scope": { "Email": "nick@example.org" },
                  "pushNotification": {"payload": {"title": "New article", "body": "Go check it out!"}}
                }""");

        assertThat(namesMatching(body.get("scope"))).containsExactly("Nick");
    }

    @Test
    void theManyRecipientsSampleSelectsNickAndJohn() {
        Map<String, Object> body = Json.object("""
                {
                  "data": {"title": "Greetings", "message": "Hi John and Nick!."},
                  "scope": {
                    "Email": {
                      "$in": ["nick@example.org", "john@example.org"]
                    }
                  }
                }""");

        assertThat(namesMatching(body.get("scope"))).containsExactly("Nick", "John");
    }

    private static List<Object> namesMatching(Object query) {
        Scope scope = Scope.parse(query);
        return USERS.stream().filter(scope::matches).map(user -> user.asMap().get("Name")).toList();
    }
}
