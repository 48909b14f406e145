package org.smartbizflow.crm.opportunity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.smartbizflow.crm.forecast.ForecastCategory;
import org.smartbizflow.crm.shared.CustomFields;
import org.smartbizflow.crm.shared.Money;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;

/** Whatever sequence of moves is attempted, a deal stays consistent with the stage it is in. */
class StageMoveProperties {

    private static final PipelineView PIPELINE = Pipeline.create(PipelineId.of(UUID.randomUUID()), TenantId.of("t"),
            "Sales", true, Pipeline.standardStages(UUID::randomUUID), UserId.of("u"), Instant.EPOCH).view();
    private static final UserId REP = UserId.of("rep");

    private static Opportunity deal(boolean withAmount) {
        return Opportunity.create(OpportunityId.of(UUID.randomUUID()), PIPELINE.tenantId(), PIPELINE, null,
                new OpportunityDetails("Deal", null, null, REP, null, null,
                        withAmount ? Money.of("100.00", "EUR") : null, LocalDate.of(2026, 6, 1), null, List.of(),
                        List.of(), CustomFields.none()), null, REP, Instant.EPOCH, LocalDate.of(2026, 1, 1));
    }

    @Property
    void aDealAlwaysMatchesItsStage(@ForAll @Size(max = 30) List<@IntRange(min = 0, max = 5) Integer> targets,
                                    @ForAll boolean withAmount, @ForAll boolean giveReason) {
        Opportunity deal = deal(withAmount);
        Instant now = Instant.EPOCH;
        for (int target : targets) {
            now = now.plusSeconds(3600);
            OpportunityView before = deal.view();
            Stage stage = PIPELINE.stages().get(target);
            StageMove move = deal.moveTo(PIPELINE, stage.id(), giveReason ? "price" : null, REP, now,
                    LocalDate.of(2026, 2, 1));
            OpportunityView after = deal.view();
            if (move instanceof StageMove.Refused refused) {
                assertThat(after).isEqualTo(before);
                assertThat(refused.missing()).isNotEmpty().allMatch(f -> stage.requiredFields().contains(f));
            } else if (move instanceof StageMove.Unchanged) {
                assertThat(after).isEqualTo(before);
            } else {
                assertThat(after.stageId()).isEqualTo(stage.id());
                assertThat(stage.requiredFields()).allMatch(after::has);
            }
            Stage current = PIPELINE.stage(after.stageId()).orElseThrow();
            assertThat(after.stageType()).isEqualTo(current.type());
            assertThat(after.closedOn() != null).isEqualTo(current.type().isClosed());
            if (current.type().isClosed()) {
                assertThat(after.probability()).isEqualTo(current.defaultProbability());
                assertThat(after.forecastCategory()).isEqualTo(current.category());
            } else {
                assertThat(after.forecastCategory()).isNotEqualTo(ForecastCategory.CLOSED);
            }
            if (current.type() == StageType.WON) {
                assertThat(after.forecastCategory()).isEqualTo(ForecastCategory.CLOSED);
            }
        }
    }
}
