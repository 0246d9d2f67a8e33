package io.provctl.store;

/** A held state lock; closing it releases it. */
public interface StateLock extends AutoCloseable {

    LockInfo info();

    @Override
    void close();
}
