package org.fieldreport.render;

import java.util.concurrent.CountDownLatch;

/**
 * A renderer's library loaded and initialised on a thread of its own while the project is still being read: a
 * throwaway piece of the renderer's own work run to nowhere, so that the classes and schema types it needs are
 * ready when the real output is made. Used for the workbook, whose first use of POI (some 1,500 classes and the
 * XML schema types behind them) is the longest part of writing it on a cold JVM. (The PDF and HTML renderers do not
 * warm up: measured, loading them beside the project's reading slowed the reading about as much as it saved.)
 *
 * <p>The throwaway work shares no state with the real output: every workbook is made afresh, so a warm-up cannot
 * change a byte of it. {@link #await} is called before the real rendering starts, so the two never use the library
 * at the same time; a warm-up that fails only means the renderer loads its classes itself, as it would without one.
 */
public final class WarmUp {

    private static final WarmUp NONE = new WarmUp(0);

    private final CountDownLatch done;

    private WarmUp(int count) {
        this.done = new CountDownLatch(count);
    }

    /** Starts {@code exercise} on a daemon thread named {@code name}. */
    public static WarmUp start(String name, Runnable exercise) {
        WarmUp warmUp = new WarmUp(1);
        Thread thread = new Thread(() -> {
            try {
                exercise.run();
            } catch (Throwable ignored) {
                // nothing is lost: the renderer loads what it needs when it runs, and reports what fails there
            } finally {
                warmUp.done.countDown();
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
        return warmUp;
    }

    /** A warm-up that has nothing to do, for a format that is not asked for. */
    public static WarmUp none() {
        return NONE;
    }

    /** Waits until the warm-up has finished (at once if it has). */
    public void await() {
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
