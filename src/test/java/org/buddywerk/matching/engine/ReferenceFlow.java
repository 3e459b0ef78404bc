package org.buddywerk.matching.engine;

import org.jgrapht.Graph;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;

/**
 * The same problem as a textbook min-cost flow, solved by JGraphT: each participant supplies one unit, the sink
 * takes them all; participant → buddy (capacity 1, the pair's cost), participant → sink (capacity 1, the
 * penalty), buddy → sink (the buddy's capacity, cost 0). The solver takes costs from the edge weights.
 */
final class ReferenceFlow {

	private ReferenceFlow() {
	}

	static long optimum(IndexedInstance instance) {
		int participants = instance.participants();
		int sink = participants + instance.buddies();
		Graph<Integer, DefaultWeightedEdge> graph = new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
		for (int node = 0; node <= sink; node++) {
			graph.addVertex(node);
		}
		for (int i = 0; i < participants; i++) {
			for (int e = instance.firstPair[i]; e < instance.firstPair[i + 1]; e++) {
				graph.setEdgeWeight(graph.addEdge(i, participants + instance.pairBuddy[e]), instance.pairCost[e]);
			}
			graph.setEdgeWeight(graph.addEdge(i, sink), instance.penalty[i]);
		}
		for (int b = 0; b < instance.buddies(); b++) {
			graph.setEdgeWeight(graph.addEdge(participants + b, sink), 0);
		}
		MinimumCostFlowProblem<Integer, DefaultWeightedEdge> problem = new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<>(
				graph, node -> node < participants ? 1 : node == sink ? -participants : 0,
				edge -> graph.getEdgeTarget(edge) == sink && graph.getEdgeSource(edge) >= participants
						? instance.capacity[graph.getEdgeSource(edge) - participants] : 1);
		return Math.round(new CapacityScalingMinimumCostFlow<Integer, DefaultWeightedEdge>().getMinimumCostFlow(problem)
			.getCost());
	}
}
