// The ordered pipeline that cx-score reads survey exports with: slots filled
// in order, worked on once each by any thread, taken back in order; the
// first failure in input order is the one that comes out.
#include "engine/pipeline.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstddef>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

using cxkit::score::ordered_pipeline;

namespace {

struct Slot {
  std::size_t sequence = 0;
  std::size_t value = 0;
  std::size_t worked = 0;  // times work() ran on this filling
};

// Runs the pipeline over `n` slots; work(k) fails for k in work_fails,
// produce for the n-th, consume for consume_fails. Returns the message of
// what it threw ("" for none); `taken` gets what consume saw, in its order.
struct Run {
  std::size_t n = 40, workers = 2, depth = 4;
  std::vector<std::size_t> work_fails, consume_fails;
  bool produce_fails = false;
  std::vector<std::size_t> taken;
  std::size_t most_in_flight = 0;

  std::string go() {
    std::size_t next = 0;
    std::atomic<std::size_t> in_flight{0};
    std::atomic<std::size_t> most{0};
    const auto has = [](const std::vector<std::size_t>& v, std::size_t k) {
      for (const auto x : v)
        if (x == k) return true;
      return false;
    };
    try {
      ordered_pipeline<Slot>(
          workers, depth,
          [&](Slot& slot) {
            if (next == n) {
              if (produce_fails) throw std::runtime_error("produce " + std::to_string(n));
              return false;
            }
            slot.sequence = next++;
            slot.value = 0;
            slot.worked = 0;
            const std::size_t now = ++in_flight;
            for (std::size_t seen = most.load(); now > seen && !most.compare_exchange_weak(seen, now);) {
            }
            return true;
          },
          [&](Slot& slot, std::size_t worker) {
            CHECK(worker < workers);
            ++slot.worked;
            // Some slots take longer, so that others overtake them.
            if (slot.sequence % 7 == 3) std::this_thread::sleep_for(std::chrono::microseconds(200));
            if (has(work_fails, slot.sequence)) throw std::runtime_error("work " + std::to_string(slot.sequence));
            slot.value = slot.sequence * slot.sequence;
          },
          [&](Slot& slot) {
            CHECK(slot.worked == 1);
            CHECK(slot.value == slot.sequence * slot.sequence);
            --in_flight;
            if (has(consume_fails, slot.sequence)) throw std::runtime_error("consume " + std::to_string(slot.sequence));
            taken.push_back(slot.sequence);
          });
    } catch (const std::exception& e) {
      most_in_flight = most.load();
      return e.what();
    }
    most_in_flight = most.load();
    return "";
  }
};

std::vector<std::size_t> upto(std::size_t n) {
  std::vector<std::size_t> v;
  for (std::size_t i = 0; i < n; ++i) v.push_back(i);
  return v;
}

}  // namespace

TEST_CASE("the pipeline takes every slot back once, in order, with at most `depth` in flight") {
  for (const std::size_t workers : {1, 2, 3, 5}) {
    for (const std::size_t depth : {1, 2, 4, 9}) {
      CAPTURE(workers);
      CAPTURE(depth);
      Run run;
      run.workers = workers;
      run.depth = depth;
      CHECK(run.go().empty());
      CHECK(run.taken == upto(run.n));
      CHECK(run.most_in_flight <= std::max(depth, workers + 1));
    }
  }
  Run none;
  none.n = 0;
  CHECK(none.go().empty());
  CHECK(none.taken.empty());
}

TEST_CASE("the pipeline's first failure in input order is the one rethrown, after the slots before it") {
  for (const std::size_t workers : {1, 2, 4}) {
    CAPTURE(workers);
    Run work;  // slot 10 takes longer than 17 (10 % 7 == 3): 17 fails first in time
    work.workers = workers;
    work.work_fails = {17, 10};
    CHECK(work.go() == "work 10");
    CHECK(work.taken == upto(10));

    Run consume;
    consume.workers = workers;
    consume.consume_fails = {12, 30};
    CHECK(consume.go() == "consume 12");
    CHECK(consume.taken == upto(12));

    Run produce;  // after every slot before it
    produce.workers = workers;
    produce.produce_fails = true;
    CHECK(produce.go() == "produce 40");
    CHECK(produce.taken == upto(40));

    Run both;  // a slot that failed comes before the end that failed
    both.workers = workers;
    both.produce_fails = true;
    both.work_fails = {39};
    CHECK(both.go() == "work 39");
    CHECK(both.taken == upto(39));
  }
}
