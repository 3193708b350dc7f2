package switchboard.bootstrap;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;

/**
 * Makes every singleton of the gateway's own as it starts, before the server takes a request, so
 * that a setting read only by a later request or job (a rate limit, the retention) stops the start
 * rather than failing that request. The libraries' beans are left as they are: some are made only
 * where they are set up (JavaMail's sender without an SMTP server).
 */
@Context
class MakeSingletonsAtStart {

    private final ApplicationContext context;

    MakeSingletonsAtStart(ApplicationContext context) {
        this.context = context;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        context.getAllBeanDefinitions().stream()
                .filter(definition -> definition.isSingleton() && definition.getBeanType().getName().startsWith("switchboard."))
                .forEach(context::getBean);
    }
}
