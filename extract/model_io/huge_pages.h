// An allocator for the large read-only weight tables of the models: blocks of 2 MB and
// more are 2 MB-aligned and marked MADV_HUGEPAGE, so that the kernel backs them with huge
// pages where transparent huge pages are enabled ("madvise" or "always"). A model lookup
// is a random access into tens of MB; with 4 KB pages nearly every one is also a TLB
// miss. Values and results are unchanged; only the page size differs. Smaller blocks
// use operator new. Thread safety: stateless.
#pragma once

#include <sys/mman.h>

#include <cstddef>
#include <cstdlib>
#include <new>

namespace kg::extract::model_io {

inline constexpr std::size_t kHugePage = std::size_t{2} << 20;

template <typename T>
struct HugePageAllocator {
  using value_type = T;
  HugePageAllocator() = default;
  template <typename U>
  HugePageAllocator(const HugePageAllocator<U>&) {}  // NOLINT: rebinding

  T* allocate(std::size_t n) {
    const std::size_t bytes = n * sizeof(T);
    if (bytes < kHugePage) return static_cast<T*>(::operator new(bytes));
    const std::size_t rounded = (bytes + kHugePage - 1) / kHugePage * kHugePage;
    void* p = std::aligned_alloc(kHugePage, rounded);
    if (!p) throw std::bad_alloc();
    ::madvise(p, rounded, MADV_HUGEPAGE);  // advice only: failure changes nothing
    return static_cast<T*>(p);
  }
  void deallocate(T* p, std::size_t n) {
    if (n * sizeof(T) < kHugePage) {
      ::operator delete(p);
    } else {
      std::free(p);
    }
  }
  template <typename U>
  bool operator==(const HugePageAllocator<U>&) const {
    return true;
  }
};

}  // namespace kg::extract::model_io
