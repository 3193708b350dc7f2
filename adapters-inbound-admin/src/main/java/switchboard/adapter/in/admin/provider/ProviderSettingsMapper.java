package switchboard.adapter.in.admin.provider;

import org.mapstruct.Mapper;
import org.mapstruct.MappingConstants;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

import switchboard.domain.provider.ProviderAccount;
import switchboard.domain.provider.ProviderSettings;
import switchboard.domain.recipient.Channel;

@Mapper(componentModel = MappingConstants.ComponentModel.JAKARTA)
public interface ProviderSettingsMapper {

    default ProviderSettings settings(Channel channel, ProviderSettingsBody body) {
        return new ProviderSettings(channel, account(body.primary()), Optional.ofNullable(body.fallback()).map(this::account),
                Objects.requireNonNullElse(body.failoverAfter(), ProviderSettings.DEFAULT_FAILOVER_AFTER));
    }

    default ProviderAccount account(AccountBody body) {
        return new ProviderAccount(Objects.requireNonNullElse(body.settings(), Map.of()),
                Objects.requireNonNullElse(body.secrets(), Map.of()));
    }

    default ProviderSettingsView view(ProviderSettings settings) {
        return new ProviderSettingsView(settings.channel().name(), view(settings.primary()),
                settings.fallback().map(this::view).orElse(null), settings.failoverAfter());
    }

    default AccountView view(ProviderAccount account) {
        return new AccountView(account.settings(), List.copyOf(new TreeSet<>(account.secrets().keySet())));
    }
}
