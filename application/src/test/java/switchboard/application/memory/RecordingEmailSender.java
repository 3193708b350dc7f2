package switchboard.application.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import switchboard.application.dispatch.port.EmailSender;
import switchboard.application.dispatch.port.OutgoingEmail;
import switchboard.domain.delivery.AttemptResult;

/** Records every email handed to it and answers as it is told. */
public final class RecordingEmailSender implements EmailSender {

    private final List<OutgoingEmail> sent = new ArrayList<>();
    private volatile Function<OutgoingEmail, AttemptResult> answer = email -> new AttemptResult.Sent("smtp-" + email.recipient());

    public RecordingEmailSender answering(Function<OutgoingEmail, AttemptResult> answer) {
        this.answer = answer;
        return this;
    }

    @Override
    public String provider() {
        return "recording-email";
    }

    @Override
    public AttemptResult send(OutgoingEmail email) {
        synchronized (sent) {
            sent.add(email);
        }
        return answer.apply(email);
    }

    public List<OutgoingEmail> sent() {
        synchronized (sent) {
            return List.copyOf(sent);
        }
    }
}
