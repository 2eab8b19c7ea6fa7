/**
 * Search spaces and grids (the dials part of tidymodels): {@link org.blocktune.core.space.Domain domains}
 * with {@link org.blocktune.core.space.Transform transforms}, ordered
 * {@link org.blocktune.core.space.ParameterSet parameter sets} with
 * {@link org.blocktune.core.space.DefaultDomains default domains} from generated argument names,
 * {@link org.blocktune.core.space.Grids grid makers} producing {@link org.blocktune.core.space.Grid grids},
 * and the iterative {@link org.blocktune.core.space.BayesianSearch Bayesian search}.
 *
 * <p>Plain Java with no dependencies. Everything random is driven by a seed through a generator
 * written out in this package and {@link java.lang.StrictMath}, so a seed gives the same grid and the
 * same proposals on every machine.
 */
package org.blocktune.core.space;
