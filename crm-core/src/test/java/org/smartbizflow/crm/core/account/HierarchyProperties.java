package org.smartbizflow.crm.core.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.smartbizflow.crm.account.AccountId;
import org.smartbizflow.crm.account.AccountNode;
import org.smartbizflow.crm.account.AccountProfile;
import org.smartbizflow.crm.account.MoveResult;
import org.smartbizflow.crm.account.port.in.Accounts;
import org.smartbizflow.crm.account.port.in.CreateAccount;
import org.smartbizflow.crm.account.port.in.MoveAccount;
import org.smartbizflow.crm.core.Crm;
import org.smartbizflow.crm.shared.Actor;
import org.smartbizflow.crm.shared.Money;
import org.smartbizflow.crm.shared.Role;
import org.smartbizflow.crm.shared.TenantId;

/**
 * Random sequences of moves through the public use case never make a cycle: every move is
 * refused exactly when the new parent is the account itself or lies below it (checked
 * against a plain parent map as the model), and afterwards every subtree and roll-up agrees
 * with the model.
 */
class HierarchyProperties {

    private static final int ACCOUNTS = 8;

    /**
     * One move: account index and new parent index, where {@value #ACCOUNTS} means "to the top".
     *
     * @param account the account to move
     * @param parent  the new parent, or {@value #ACCOUNTS} for none
     */
    record Move(int account, int parent) {
    }

    @Provide
    Arbitrary<List<Move>> moves() {
        return Combinators.combine(Arbitraries.integers().between(0, ACCOUNTS - 1),
                        Arbitraries.integers().between(0, ACCOUNTS))
                .as(Move::new).list().ofMinSize(1).ofMaxSize(40);
    }

    @Property(tries = 100)
    void noSequenceOfMovesMakesACycle(@ForAll("moves") List<Move> moves) {
        Accounts accounts = Crm.inMemory().session(TenantId.of("acme"), Actor.user("m-1", Role.SALES_MANAGER))
                .accounts();
        List<AccountId> ids = new ArrayList<>();
        for (int i = 0; i < ACCOUNTS; i++) {
            ids.add(accounts.create(new CreateAccount(AccountProfile.named("Account " + i)
                    .withAnnualRevenue(Money.of(Integer.toString(i + 1), "EUR")))));
        }
        Map<Integer, Integer> parent = new HashMap<>();

        for (Move move : moves) {
            Integer target = move.parent() == ACCOUNTS ? null : move.parent();
            boolean cycle = target != null && (target == move.account() || above(parent, target, move.account()));
            MoveResult result = accounts.move(new MoveAccount(ids.get(move.account()),
                    target == null ? null : ids.get(target), null));
            if (cycle) {
                assertThat(result).isInstanceOf(MoveResult.Refused.class);
            } else if (java.util.Objects.equals(parent.get(move.account()), target)) {
                assertThat(result).isInstanceOf(MoveResult.Unchanged.class);
            } else {
                assertThat(result).isInstanceOf(MoveResult.Moved.class);
                if (target == null) {
                    parent.remove(move.account());
                } else {
                    parent.put(move.account(), target);
                }
            }
        }

        for (int i = 0; i < ACCOUNTS; i++) {
            assertThat(accounts.get(ids.get(i)).parentId())
                    .isEqualTo(parent.containsKey(i) ? ids.get(parent.get(i)) : null);
            Set<AccountId> expected = new HashSet<>();
            long revenue = 0;
            for (int j = 0; j < ACCOUNTS; j++) {
                if (j == i || above(parent, j, i)) {
                    expected.add(ids.get(j));
                    revenue += j + 1;
                }
            }
            List<AccountNode> subtree = accounts.subtree(ids.get(i));
            assertThat(subtree).extracting(AccountNode::id).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(accounts.rollup(ids.get(i)).annualRevenue())
                    .containsExactly(Money.of(Long.toString(revenue), "EUR"));
            assertThat(accounts.ancestors(ids.get(i))).hasSizeLessThan(ACCOUNTS);
        }
    }

    /** Is {@code ancestor} above {@code node} in the model? */
    private static boolean above(Map<Integer, Integer> parent, int node, int ancestor) {
        Integer at = parent.get(node);
        int steps = 0;
        while (at != null && steps++ <= ACCOUNTS) {
            if (at == ancestor) {
                return true;
            }
            at = parent.get(at);
        }
        return false;
    }
}
