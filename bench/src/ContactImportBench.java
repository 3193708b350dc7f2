import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * Times a contacts import of one streamed JSON-lines body (POST /api/v1/tenants/default/contact-imports)
 * against a running gateway, from request to answer. The lines are made as they are sent, so the
 * benchmark holds none of them either. Run by bench/contact-import.sh.
 *
 * <p>Arguments: GATEWAY_URL ADMIN_PASSWORD CONTACTS
 */
public final class ContactImportBench {

    public static void main(String[] args) throws Exception {
        Gateway gateway = Gateway.login(args[0], args[1]);
        int contacts = Integer.parseInt(args[2]);
        HttpRequest request = HttpRequest.newBuilder(URI.create(args[0] + "/api/v1/tenants/default/contact-imports"))
                .header("Authorization", "Bearer " + gateway.adminToken()).header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new Lines(contacts))).build();
        long start = System.nanoTime();
        HttpResponse<String> answer = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        double seconds = (System.nanoTime() - start) / 1e9;
        if (answer.statusCode() != 201 || !answer.body().contains("\"imported\":" + contacts + ",")) {
            throw new IllegalStateException("the import did not store every contact: " + answer.statusCode() + " " + answer.body());
        }
        Report.line("%,d contacts in %.1f s: %,.0f contacts/s", contacts, seconds, contacts / seconds);
    }

    private static final String SEVEN_ZEROS = "0000000";

    /** The decimal digits of n (n >= 0): the phone numbers are padded to seven without String.format, which cost the load most of its time. */
    private static int digits(int n) {
        return n < 10 ? 1 : 1 + digits(n / 10);
    }

    /** The contacts' lines, made a block at a time: an email, a phone number and two fields each. */
    private static final class Lines extends InputStream {
        private final int contacts;
        private int next;
        private byte[] block = new byte[0];
        private int position;

        Lines(int contacts) {
            this.contacts = contacts;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] into, int offset, int length) {
            if (position == block.length) {
                if (next == contacts) {
                    return -1;
                }
                StringBuilder lines = new StringBuilder();
                for (int end = Math.min(contacts, next + 1_000); next < end; next++) {
                    lines.append("{\"id\":\"user-").append(next).append("\",\"data\":{\"email\":\"user").append(next)
                            .append("@example.org\",\"phone\":\"+2782").append(SEVEN_ZEROS, 0, 7 - digits(next)).append(next)
                            .append("\",\"Name\":\"User ").append(next).append("\",\"Plan\":\"basic\"}}\n");
                }
                block = lines.toString().getBytes(StandardCharsets.UTF_8);
                position = 0;
            }
            int count = Math.min(length, block.length - position);
            System.arraycopy(block, position, into, offset, count);
            position += count;
            return count;
        }
    }
}
