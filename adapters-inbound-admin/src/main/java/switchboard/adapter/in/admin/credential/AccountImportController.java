package switchboard.adapter.in.admin.credential;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import switchboard.adapter.in.admin.AdminApiController;
import switchboard.adapter.in.admin.ProblemDetails;
import switchboard.adapter.in.admin.Roles;
import switchboard.application.credential.AccountImport;
import switchboard.application.credential.AccountLine;
import switchboard.application.credential.ImportAccountsUseCase;
import switchboard.domain.InvalidValueException;

/** The platform admin's migration of tenants and credentials from one JSON-lines file, all lines or none. */
@Controller("/api/v1/imports/accounts")
@Secured(Roles.PLATFORM_ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
public class AccountImportController extends AdminApiController {

    private final ImportAccountsUseCase importAccounts;
    private final JsonMapper json;

    public AccountImportController(ImportAccountsUseCase importAccounts, JsonMapper json) {
        this.importAccounts = importAccounts;
        this.json = json;
    }

    @Post
    @Consumes({"application/x-ndjson", "application/jsonl", MediaType.TEXT_PLAIN})
    public HttpResponse<?> importAccounts(HttpRequest<?> request, @Body String file) {
        AccountImport result = importAccounts.importAccounts(lines(file));
        if (!result.imported()) {
            List<String> refused = result.refused().stream().map(line -> "line " + line.line() + ": " + line.reason()).toList();
            return ProblemDetails.response(request, HttpStatus.UNPROCESSABLE_ENTITY, refused.size()
                    + " line(s) refused; nothing was imported", refused);
        }
        return HttpResponse.ok(new ImportedAccounts(result.tenants(), result.credentials()));
    }

    private List<AccountLine> lines(String file) {
        List<AccountLine> lines = new ArrayList<>();
        String[] texts = file.split("\r?\n", -1);
        for (int i = 0; i < texts.length; i++) {
            if (!texts[i].isBlank()) {
                lines.add(line(i + 1, texts[i]));
            }
        }
        if (lines.isEmpty()) {
            throw new InvalidValueException("the file has no lines");
        }
        return lines;
    }

    private AccountLine line(int number, String text) {
        try {
            AccountLineBody body = json.readValue(text, AccountLineBody.class);
            if (body == null) {
                return new AccountLine.Unreadable(number, "not a JSON object");
            }
            return body.line(number);
        } catch (IOException e) {
            return new AccountLine.Unreadable(number, "not a JSON object of the documented shape");
        } catch (InvalidValueException e) {
            return new AccountLine.Unreadable(number, e.getMessage());
        }
    }
}
