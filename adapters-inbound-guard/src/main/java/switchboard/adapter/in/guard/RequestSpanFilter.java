package switchboard.adapter.in.guard;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.order.Ordered;
import io.micronaut.core.propagation.MutablePropagatedContext;
import io.micronaut.core.propagation.ThreadPropagatedContextElement;
import io.micronaut.http.BasicHttpAttributes;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;

/**
 * A server span for every request of every API, when tracing is on (there is an {@link OpenTelemetry}
 * bean only then). It continues a caller's trace named in its {@code traceparent} header, and is
 * current wherever Micronaut runs the request's code, so that the send's spans and stored
 * deliveries join it.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
@Requires(beans = OpenTelemetry.class)
public class RequestSpanFilter implements Ordered {

    private static final String SPAN = RequestSpanFilter.class.getName() + ".span";
    private static final TextMapGetter<HttpHeaders> HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(HttpHeaders headers) {
            return headers.names();
        }

        @Override
        public String get(HttpHeaders headers, String name) {
            return headers == null ? null : headers.get(name);
        }
    };

    private final Tracer tracer;
    private final TextMapPropagator propagator;

    public RequestSpanFilter(OpenTelemetry openTelemetry) {
        this.tracer = openTelemetry.getTracer("switchboard");
        this.propagator = openTelemetry.getPropagators().getTextMapPropagator();
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.TRACING.order();
    }

    @RequestFilter
    public void startSpan(HttpRequest<?> request, MutablePropagatedContext propagated) {
        Context caller = propagator.extract(Context.root(), request.getHeaders(), HEADERS);
        String route = BasicHttpAttributes.getUriTemplate(request).orElse(null);
        Span span = tracer.spanBuilder(route == null ? request.getMethodName() : request.getMethodName() + " " + route)
                .setParent(caller).setSpanKind(SpanKind.SERVER)
                .setAttribute("http.request.method", request.getMethodName())
                .setAttribute("url.path", request.getPath())
                .startSpan();
        if (route != null) {
            span.setAttribute("http.route", route);
        }
        request.setAttribute(SPAN, span);
        propagated.add(new CurrentContext(caller.with(span)));
    }

    @ResponseFilter
    public void endSpan(HttpRequest<?> request, MutableHttpResponse<?> response) {
        request.getAttribute(SPAN, Span.class).ifPresent(span -> {
            span.setAttribute("http.response.status_code", response.code());
            if (response.code() >= 500) {
                span.setStatus(StatusCode.ERROR);
            }
            span.end();
        });
    }

    /** Makes the request's span current on each thread that runs part of the request. */
    private record CurrentContext(Context context) implements ThreadPropagatedContextElement<Scope> {

        @Override
        public Scope updateThreadContext() {
            return context.makeCurrent();
        }

        @Override
        public void restoreThreadContext(Scope previous) {
            previous.close();
        }
    }
}
