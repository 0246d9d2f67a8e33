package io.provctl.autoscaler.sim;

import java.util.PriorityQueue;

/** Events ordered by (time, sequence): ties run in the order they were scheduled, which makes runs repeatable. */
final class EventQueue {

    record Entry(long time, long seq, Event event) implements Comparable<Entry> {
        @Override
        public int compareTo(Entry o) {
            int c = Long.compare(time, o.time);
            return c != 0 ? c : Long.compare(seq, o.seq);
        }
    }

    private final PriorityQueue<Entry> queue = new PriorityQueue<>();
    private long seq;

    void at(long time, Event event) {
        queue.add(new Entry(time, seq++, event));
    }

    boolean isEmpty() {
        return queue.isEmpty();
    }

    Entry next() {
        return queue.remove();
    }
}
