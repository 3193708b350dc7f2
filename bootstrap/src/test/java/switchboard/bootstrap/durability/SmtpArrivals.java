package switchboard.bootstrap.durability;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import switchboard.adapter.out.provider.email.ScriptedSmtpServer;

/**
 * What reached the test's SMTP server: the copies each recipient got, and the emails each client
 * sent, a client known by the name it gave in EHLO. Each gateway process is given its own EHLO
 * name ({@code mail.smtp.localhost}), so the server tells the processes apart without the gateway
 * having to record which one sent what.
 */
record SmtpArrivals(Map<String, Integer> copiesPerRecipient, Map<String, Integer> emailsPerClient) {

    static SmtpArrivals of(List<ScriptedSmtpServer.Taken> taken) {
        Map<String, Integer> copies = new TreeMap<>();
        Map<String, Integer> clients = new TreeMap<>();
        for (ScriptedSmtpServer.Taken email : taken) {
            email.recipients().forEach(recipient -> copies.merge(recipient, 1, Integer::sum));
            clients.merge(email.client(), 1, Integer::sum);
        }
        return new SmtpArrivals(copies, clients);
    }

    int emails() {
        return emailsPerClient.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The expected recipients no email reached. */
    Set<String> missing(Collection<String> expected) {
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(copiesPerRecipient.keySet());
        return missing;
    }

    /** The recipients that got more than one copy, with how many. */
    Map<String, Integer> duplicates() {
        Map<String, Integer> duplicates = new TreeMap<>(copiesPerRecipient);
        duplicates.values().removeIf(copies -> copies == 1);
        return duplicates;
    }
}
