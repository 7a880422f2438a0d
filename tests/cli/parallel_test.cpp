// The ordered worker pool of the CLI (cli/parallel.h): order, bounded window, errors.
#include "cli/parallel.h"

#include <doctest/doctest.h>

#include <atomic>
#include <string>

using kg::cli::OrderedWorkers;

TEST_CASE("results come out in input order, far past the in-flight window") {
  for (unsigned threads : {1u, 2u, 3u, 8u}) {
    std::vector<int> out;
    OrderedWorkers<int, int> w(threads, [](int& x) -> kg::Result<int> { return x * 2; },
                               [&](int&& y) { out.push_back(y); return kg::Status::ok(); });
    for (int i = 0; i < 1000; ++i) REQUIRE(w.push(int(i)).is_ok());
    REQUIRE(w.finish().is_ok());
    REQUIRE(out.size() == 1000);
    for (int i = 0; i < 1000; ++i) CHECK(out[static_cast<std::size_t>(i)] == 2 * i);
  }
}

TEST_CASE("a failing job stops the run and its error is returned") {
  std::atomic<int> consumed{0};
  OrderedWorkers<int, int> w(2, [](int& x) -> kg::Result<int> {
    if (x == 50) return kg::Status::invalid_argument("bad item 50");
    return x;
  }, [&](int&&) { ++consumed; return kg::Status::ok(); });
  kg::Status s;
  for (int i = 0; i < 200 && s.is_ok(); ++i) s = w.push(int(i));
  if (s.is_ok()) s = w.finish();
  CHECK_FALSE(s.is_ok());
  CHECK(s.message() == "bad item 50");
  CHECK(consumed.load() <= 50);
}
