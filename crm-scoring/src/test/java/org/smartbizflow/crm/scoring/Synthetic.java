package org.smartbizflow.crm.scoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.smartbizflow.crm.scoring.feature.FeatureSpec;
import org.smartbizflow.crm.scoring.model.TrainingData;

/** Small generated data sets with a known signal in every kind of feature, for fast tests. */
final class Synthetic {

    private Synthetic() {
    }

    static TrainingData mixed(long seed, int n) {
        Random random = new Random(seed);
        List<Map<String, ?>> rows = new ArrayList<>();
        boolean[] y = new boolean[n];
        String[] plans = {"basic", "pro", "enterprise", "legacy"};
        for (int i = 0; i < n; i++) {
            Map<String, Object> row = new LinkedHashMap<>();
            double usage = random.nextGaussian() * 10 + 50;
            String plan = random.nextInt(600) == 0 ? "rare" : plans[random.nextInt(plans.length)];
            boolean support = random.nextDouble() < 0.3;
            LocalDate since = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(1500));
            row.put("usage", random.nextInt(20) == 0 ? null : usage);
            row.put("plan", plan);
            row.put("support", support ? "yes" : "no");
            row.put("since", since);
            row.put("noise", random.nextGaussian());
            double z = -1 + 0.08 * (usage - 50) + (plan.equals("legacy") ? 1.5 : 0) + (support ? 1 : 0)
                    - 0.001 * (since.toEpochDay() - 18_500);
            y[i] = random.nextDouble() < 1 / (1 + Math.exp(-z));
            rows.add(row);
        }
        List<FeatureSpec> specs = List.of(FeatureSpec.numeric("usage"), FeatureSpec.categorical("plan"),
                FeatureSpec.bool("support"), FeatureSpec.date("since"), FeatureSpec.numeric("noise"));
        return new TrainingData(specs, rows, y, "churned", "true");
    }
}
