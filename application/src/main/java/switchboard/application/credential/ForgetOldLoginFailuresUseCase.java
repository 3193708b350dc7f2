package switchboard.application.credential;

/** Deletes the counts of failed logins whose window and lock are over; returns how many. */
public interface ForgetOldLoginFailuresUseCase {

    int forget();
}
