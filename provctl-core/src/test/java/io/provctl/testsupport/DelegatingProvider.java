package io.provctl.testsupport;

import io.provctl.model.Resource;
import io.provctl.model.ResourceId;
import io.provctl.provider.CloudProvider;
import io.provctl.provider.ProviderResource;

import java.util.List;
import java.util.Optional;

/** Passes every call through; tests extend it to misbehave in one place. */
public class DelegatingProvider implements CloudProvider {

    private final CloudProvider delegate;

    public DelegatingProvider(CloudProvider delegate) {
        this.delegate = delegate;
    }

    @Override
    public String name() {
        return delegate.name();
    }

    @Override
    public ProviderResource create(Resource desired) {
        return delegate.create(desired);
    }

    @Override
    public ProviderResource update(String providerId, Resource desired) {
        return delegate.update(providerId, desired);
    }

    @Override
    public void delete(String providerId) {
        delegate.delete(providerId);
    }

    @Override
    public Optional<ProviderResource> findByResourceId(ResourceId id) {
        return delegate.findByResourceId(id);
    }

    @Override
    public List<ProviderResource> list() {
        return delegate.list();
    }
}
