package io.provctl.testsupport;

import io.provctl.store.Actor;

/** The actor tests write events as. */
public final class Actors {

    public static final Actor TEST = new Actor("tester", "testhost", 42, "test");

    private Actors() {
    }
}
