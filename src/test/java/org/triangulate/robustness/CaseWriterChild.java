package org.triangulate.robustness;

import java.nio.file.Path;
import org.triangulate.workspace.CaseStore;

/** Child process of {@link CrashSafetyTest}: saves case states FIRST, FIRST+1, ... until killed, saying after each. */
public final class CaseWriterChild {

    private CaseWriterChild() {
    }

    public static void main(String[] args) throws Exception {
        CaseStore store = new CaseStore(Path.of(args[0]));
        long first = Long.parseLong(args[1]);
        store.save(CaseStates.state(first)); // the first save warms the code up
        System.out.println("saved " + first);
        System.out.println("ready");
        System.out.flush();
        for (long seq = first + 1; ; seq++) {
            store.save(CaseStates.state(seq));
            System.out.println("saved " + seq);
            System.out.flush();
        }
    }
}
