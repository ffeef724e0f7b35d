package org.electrotwin.characterize;

import java.util.Arrays;

/** A growable stack of ints (bucket of a bucket queue). */
final class IntStack {
    int[] a = new int[16];
    int size;

    void push(int v) {
        if (size == a.length) a = Arrays.copyOf(a, size * 2);
        a[size++] = v;
    }

    int pop() {
        return a[--size];
    }

    void clear() {
        size = 0;
    }
}
