package org.blocktune.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.blocktune.core.tune.FitRecord;
import org.blocktune.core.tune.FitRecordJson;

/**
 * Compares the fit records of two run folders, wall times aside, and checks that each folder holds
 * every fit once: {@code CompareRuns FOLDER_A FOLDER_B}. Prints what differs; exits 0 when the
 * records are the same and nothing is recorded twice, else 1.
 */
public final class CompareRuns {
    private CompareRuns() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> a = records(Path.of(args[0]));
        Map<String, String> b = records(Path.of(args[1]));
        boolean same = a != null && b != null && a.equals(b);
        if (a != null && b != null && !same) {
            for (String k : a.keySet()) {
                if (!a.get(k).equals(b.get(k))) {
                    System.out.println("differs: " + k + "\n  " + a.get(k) + "\n  " + b.get(k));
                }
            }
            b.keySet().stream().filter(k -> !a.containsKey(k)).forEach(k -> System.out.println("only in " + args[1] + ": " + k));
        }
        System.out.println(same ? "identical: " + a.size() + " fit records, each fit recorded once in both folders"
                : "NOT identical");
        System.exit(same ? 0 : 1);
    }

    /** Records by "candidate split" with their wall time set to 0; null (and a message) when a fit is recorded twice. */
    static Map<String, String> records(Path folder) throws Exception {
        Map<String, String> out = new TreeMap<>();
        int lines = 0;
        for (String line : Files.readAllLines(folder.resolve("fits.jsonl"))) {
            if (!line.contains("\"type\":\"fit\"")) {
                continue;
            }
            lines++;
            FitRecord r = FitRecordJson.read(line);
            FitRecord timeless = new FitRecord(r.candidateId(), r.values(), r.splitId(), r.seed(), r.status(), r.failureKind(),
                    r.message(), r.metrics(), r.history(), 0, r.predictions());
            if (out.put(r.candidateId() + " " + r.splitId(), FitRecordJson.write(timeless)) != null) {
                System.out.println("recorded twice in " + folder + ": " + r.candidateId() + " " + r.splitId());
                return null;
            }
        }
        System.out.println(folder + ": " + lines + " fit line(s), " + out.size() + " distinct fit(s)");
        return out;
    }
}
