package switchboard.adapter.in.console.pages;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;

import switchboard.adapter.in.console.Chrome;
import switchboard.adapter.in.console.ConsoleEnabled;
import switchboard.adapter.in.console.ConsolePage;
import switchboard.adapter.in.console.Operator;
import switchboard.adapter.in.console.Paths;
import switchboard.adapter.in.console.security.SecurityHeaders;
import switchboard.application.message.CapturedDelivery;
import switchboard.application.message.GetMessageUseCase;
import switchboard.application.message.ListCapturedUseCase;
import switchboard.application.message.MessageRecord;
import switchboard.application.shared.NotFoundException;
import switchboard.application.sms.PriceSmsUseCase;
import switchboard.application.sms.SmsCost;
import switchboard.domain.delivery.Delivery;
import switchboard.domain.delivery.DeliveryId;
import switchboard.domain.delivery.DeliveryStatus;
import switchboard.domain.message.Attachment;
import switchboard.domain.message.Content;
import switchboard.domain.message.MessageId;
import switchboard.domain.recipient.Channel;
import switchboard.domain.recipient.PhoneNumber;
import switchboard.domain.sms.SmsSegments;

/**
 * What capture mode kept instead of sending, as a mail catcher shows it: a list, and each delivery
 * previewed. An email's HTML is served on its own, into a sandboxed frame, under a policy that lets
 * no script run and no remote image load unless the operator asks for them on this view; its
 * attachments are downloaded, never shown in a page. An SMS is priced by the configured prices.
 */
@Controller(Paths.ROOT + "/tenants/{tenant}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Requires(property = ConsoleEnabled.PROPERTY, notEquals = "false")
public class CapturedController extends ConsolePage {

    /** Nothing but inline styles and embedded images; only the console may frame it; a sandbox of its own too. */
    static final String EMAIL_POLICY = emailPolicy("data:");

    /** The same, but images from https addresses load too: what "Load remote images" asks for. */
    static final String EMAIL_POLICY_WITH_REMOTE_IMAGES = emailPolicy("data: https:");

    /** The query flag of a preview, and of its frame, that loads the email's remote images. */
    static final String REMOTE_IMAGES = "remote-images";

    /** An attachment loads nothing and runs nothing, should a browser open it rather than save it. */
    static final String ATTACHMENT_POLICY = "default-src 'none'; sandbox";

    private final ListCapturedUseCase listCaptured;
    private final GetMessageUseCase getMessage;
    private final PriceSmsUseCase priceSms;

    public CapturedController(ListCapturedUseCase listCaptured, GetMessageUseCase getMessage, PriceSmsUseCase priceSms) {
        this.listCaptured = listCaptured;
        this.getMessage = getMessage;
        this.priceSms = priceSms;
    }

    @Get("/captured")
    public HttpResponse<?> list(String tenant, @Nullable @QueryValue String channel, @QueryValue(defaultValue = "0") int page,
                                Operator operator) {
        Optional<Channel> filter = Optional.ofNullable(channel).filter(name -> !name.isBlank())
                .map(name -> Channel.valueOf(name.trim().toUpperCase(Locale.ROOT)));
        ListPage<CapturedDelivery> captured = ListPage.of(page, request -> listCaptured.list(operator.mayActOn(tenant), filter,
                request));
        return page("captured", new CapturedPage(new Chrome("Captured", operator, tenant, Chrome.Section.CAPTURED),
                filter.map(Channel::name).orElse(""), captured.number(), captured.rows(item -> CapturedRow.of(tenant, item)),
                captured.more()));
    }

    @Get("/messages/{messageId}/deliveries/{deliveryId}/preview")
    public HttpResponse<?> preview(String tenant, String messageId, String deliveryId,
                                   @QueryValue(value = REMOTE_IMAGES, defaultValue = "false") boolean remoteImages,
                                   Operator operator) {
        Captured captured = captured(operator, tenant, messageId, deliveryId);
        String deliveryHref = Paths.delivery(tenant, messageId, deliveryId);
        return page("captured_preview", new PreviewPage(new Chrome("Captured " + captured.delivery().channel().name().toLowerCase(Locale.ROOT),
                operator, tenant, Chrome.Section.CAPTURED), captured.delivery().channel().name(), captured.delivery().address().value(),
                captured.record().message().sender() == null ? "" : captured.record().message().sender(), captured.content(),
                captured.delivery().updatedAt(), deliveryHref, remoteImages, Paths.message(tenant, messageId),
                attachments(captured, deliveryHref), smsCost(captured)));
    }

    /**
     * An attachment of the captured email, by its place in the list, to save: its stored content
     * type, and a disposition that tells the browser to download it under its file name.
     */
    @Get("/messages/{messageId}/deliveries/{deliveryId}/attachments/{index}")
    public HttpResponse<?> attachment(String tenant, String messageId, String deliveryId, int index, Operator operator) {
        List<Attachment> attachments = captured(operator, tenant, messageId, deliveryId).attachments();
        if (index < 0 || index >= attachments.size()) {
            throw new NotFoundException("attachment of delivery", deliveryId + " #" + index);
        }
        Attachment attachment = attachments.get(index);
        return HttpResponse.ok(attachment.content()).contentType(attachment.contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(attachment.fileName()))
                .header(SecurityHeaders.CONTENT_SECURITY_POLICY, ATTACHMENT_POLICY)
                .header("X-Frame-Options", "DENY");
    }

    /** The email's HTML alone, for the preview's sandboxed frame; its remote images only when flagged. */
    @Get("/messages/{messageId}/deliveries/{deliveryId}/html")
    public HttpResponse<?> html(String tenant, String messageId, String deliveryId,
                                @QueryValue(value = REMOTE_IMAGES, defaultValue = "false") boolean remoteImages,
                                Operator operator) {
        Captured captured = captured(operator, tenant, messageId, deliveryId);
        String html = captured.content().html();
        if (html == null) {
            throw new NotFoundException("HTML part of delivery", deliveryId);
        }
        return HttpResponse.ok(html).contentType(MediaType.TEXT_HTML_TYPE.toString() + ";charset=utf-8")
                .header(SecurityHeaders.CONTENT_SECURITY_POLICY, remoteImages ? EMAIL_POLICY_WITH_REMOTE_IMAGES : EMAIL_POLICY)
                .header("X-Frame-Options", "SAMEORIGIN");
    }

    private Captured captured(Operator operator, String tenant, String messageId, String deliveryId) {
        MessageRecord record = getMessage.get(operator.mayActOn(tenant), MessageId.parse(messageId));
        DeliveryId id = DeliveryId.parse(deliveryId);
        Delivery delivery = record.deliveries().stream()
                .filter(candidate -> candidate.id().equals(id) && candidate.status() == DeliveryStatus.CAPTURED)
                .findFirst().orElseThrow(() -> new NotFoundException("captured delivery", deliveryId));
        return new Captured(record, delivery, delivery.contentOf(record.message()));
    }

    /** Only https images, never plain http (mixed content): scripts, fonts and the sandbox are the same either way. */
    private static String emailPolicy(String imageSources) {
        return "default-src 'none'; style-src 'unsafe-inline'; img-src " + imageSources + "; frame-ancestors 'self'; sandbox";
    }

    /** An SMS priced by the configured prices; other channels are not priced. */
    private SmsCost smsCost(Captured captured) {
        return captured.delivery().address() instanceof PhoneNumber to && captured.delivery().channel() == Channel.SMS
                ? priceSms.price(to, captured.content().plainBody()) : null;
    }

    /**
     * {@code attachment}, with the file name twice: as plain ASCII for old clients, each other
     * character replaced, and exactly, percent-encoded in UTF-8 (RFC 6266), so no name can end the
     * header or add a parameter.
     */
    static String contentDisposition(String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._ -]", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + Paths.encode(fileName).replace("*", "%2A");
    }

    private static List<AttachmentRow> attachments(Captured captured, String deliveryHref) {
        List<Attachment> attachments = captured.attachments();
        return IntStream.range(0, attachments.size()).mapToObj(index -> AttachmentRow.of(attachments.get(index),
                deliveryHref + "/attachments/" + index)).toList();
    }

    private record Captured(MessageRecord record, Delivery delivery, Content content) {

        /** An email's attachments; other channels have none. */
        List<Attachment> attachments() {
            return delivery.channel() == Channel.EMAIL ? record.message().email().attachments() : List.of();
        }
    }

    /** An attachment as listed: inline ones are the images the HTML names by {@code cid:}. */
    public record AttachmentRow(String fileName, String contentType, int size, String contentId, String href) {

        static AttachmentRow of(Attachment attachment, String href) {
            return new AttachmentRow(attachment.fileName(), attachment.contentType(), attachment.size(),
                    attachment.inline() ? attachment.contentId() : "", href);
        }
    }

    public record CapturedRow(String channel, String to, String subject, String preview, Instant capturedAt, String href) {

        static CapturedRow of(String tenant, CapturedDelivery item) {
            String text = item.text() == null ? "" : item.text();
            return new CapturedRow(item.channel().name(), item.to(), item.subject() == null ? "" : item.subject(),
                    text.length() > 80 ? text.substring(0, 80) + "…" : text, item.capturedAt(),
                    Paths.delivery(tenant, item.messageId().value().toString(), item.deliveryId().value().toString()) + "/preview");
        }
    }

    public record CapturedPage(Chrome chrome, String channel, int page, List<CapturedRow> rows, boolean more) {

        public List<String> channels() {
            return Arrays.stream(Channel.values()).map(Enum::name).toList();
        }

        public String pageHref(int target) {
            return chrome.href(Chrome.Section.CAPTURED) + "?channel=" + Paths.encode(channel) + "&page=" + target;
        }
    }

    /** @param smsCost what an SMS costs by the configured prices; null for other channels */
    public record PreviewPage(Chrome chrome, String channel, String to, String sender, Content content, Instant capturedAt,
                              String deliveryHref, boolean remoteImages, String messageHref, List<AttachmentRow> attachments,
                              SmsCost smsCost) {

        public boolean email() {
            return "EMAIL".equals(channel);
        }

        public boolean sms() {
            return smsCost != null;
        }

        public boolean hasHtml() {
            return content.html() != null;
        }

        public String text() {
            return content.plainBody();
        }

        /** How the text travels as SMS: its encoding and how many segments it takes. */
        public SmsSegments segments() {
            return smsCost.segments();
        }

        /** The frame's address: the HTML, under the policy that loads remote images when this view asked for them. */
        public String htmlHref() {
            return deliveryHref + "/html" + (remoteImages ? "?" + REMOTE_IMAGES + "=true" : "");
        }

        public String previewHref() {
            return deliveryHref + "/preview";
        }

        public String remoteImagesFlag() {
            return REMOTE_IMAGES;
        }

        /** The configured price of a segment and the cost, as written in the configuration's unit. */
        public String pricePerSegment() {
            return plain(smsCost.pricePerSegment());
        }

        public String cost() {
            return plain(smsCost.total());
        }

        /** Whose price was read: the recipient's country's, else the gateway's default. */
        public String priceSource() {
            return smsCost.country().map(country -> "the configured prices for " + country).orElse("the configured default price");
        }

        private static String plain(BigDecimal amount) {
            return amount.stripTrailingZeros().toPlainString();
        }

        public String subject() {
            return content.subject() == null ? "" : content.subject();
        }
    }
}
