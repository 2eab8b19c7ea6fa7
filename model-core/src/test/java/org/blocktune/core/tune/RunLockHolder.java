package org.blocktune.core.tune;

import java.nio.file.Path;

/** A second process for {@link RunLockTest}: locks the folder in args[0], says "locked", and waits to be killed. */
public final class RunLockHolder {
    private RunLockHolder() {
    }

    public static void main(String[] args) throws Exception {
        RunLock lock = RunLock.acquire(Path.of(args[0]));
        System.out.println("locked " + ProcessHandle.current().pid());
        System.out.flush();
        Thread.sleep(120_000);
        lock.close();
    }
}
