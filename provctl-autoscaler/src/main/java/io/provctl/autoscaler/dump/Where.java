package io.provctl.autoscaler.dump;

/** Where an object of a dump starts: file, document (from 1), line, and its index inside a List. */
record Where(String file, int document, int line, int item) {

    Where inItem(int index) {
        return new Where(file, document, line, index);
    }

    DumpException error(String message) {
        return new DumpException(this + ": " + message);
    }

    @Override
    public String toString() {
        return file + ": document " + document + " (line " + line + ")" + (item >= 0 ? ", items[" + item + "]" : "");
    }
}
