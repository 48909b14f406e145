package org.smartbizflow.crm.scoring.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * Assigns rows to k folds so that each fold has (within one row) the same share of
 * positive outcomes, shuffled by a seed so results are repeatable. Without stratification
 * a rare outcome can be missing from a fold and its metrics become meaningless.
 */
public final class StratifiedFolds {

    private StratifiedFolds() {
    }

    /** The fold (0 to k-1) of every row. */
    public static int[] assign(boolean[] outcomes, int k, long seed) {
        Preconditions.check(k >= 2, "folds", "must be at least 2");
        Preconditions.check(outcomes.length >= k, "folds", "cannot exceed the number of rows");
        List<Integer> positives = new ArrayList<>();
        List<Integer> negatives = new ArrayList<>();
        for (int i = 0; i < outcomes.length; i++) {
            (outcomes[i] ? positives : negatives).add(i);
        }
        Random random = new Random(seed);
        Collections.shuffle(positives, random);
        Collections.shuffle(negatives, random);
        int[] folds = new int[outcomes.length];
        int next = 0;
        for (int i : positives) {
            folds[i] = next;
            next = (next + 1) % k;
        }
        for (int i : negatives) {
            folds[i] = next;
            next = (next + 1) % k;
        }
        return folds;
    }
}
