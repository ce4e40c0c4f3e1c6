package java

import (
	"strings"
	"testing"
)

// Expected values: Probe2.java on OpenJDK 17 (quoted beside each case).

func uLen(s string) int32 { return int32(len(s)) }

var uFruits = strings.Fields("banana apple cherry date elderberry fig grape kiwi avocado blueberry")

func uFruitStream() Stream[string] { return CollectionStream(ListOf(uFruits...)) }

func TestStreamCountSkipsSizedPipelines(t *testing.T) {
	var log strings.Builder
	peek := ConsumerFunc[int32](func(x int32) { log.WriteString(IntStr(x) + ",") })
	ipeek := IntConsumerFunc(func(x int32) { log.WriteString(IntStr(x) + ",") })
	tests := []struct {
		name string
		run  func() int64
		want string
	}{
		// Stream.of(1, 2, 3).peek(log).count()  -> "3 " (peek never runs)
		{"of", func() int64 { return StreamOf[int32](1, 2, 3).Peek(peek).Count() }, "3 "},
		{"map", func() int64 {
			return StreamMap(CollectionStream(ListOf[int32](1, 2, 3)), FunctionFunc[int32, int32](func(x int32) int32 { return x * 2 })).Peek(peek).Count()
		}, "3 "},
		{"skip", func() int64 { return CollectionStream(ListOf[int32](1, 2, 3)).Skip(1).Peek(peek).Count() }, "2 "},
		{"limit", func() int64 { return CollectionStream(ListOf[int32](1, 2, 3)).Limit(2).Peek(peek).Count() }, "2 "},
		{"filter", func() int64 {
			return CollectionStream(ListOf[int32](1, 2, 3)).Filter(PredicateFunc[int32](func(int32) bool { return true })).Peek(peek).Count()
		}, "3 1,2,3,"},
		{"sorted", func() int64 { return CollectionStream(ListOf[int32](3, 1, 2)).Sorted().Peek(peek).Count() }, "3 "},
		{"range", func() int64 { return IntStreamRange(0, 3).Peek(ipeek).Count() }, "3 "},
		{"boxed", func() int64 { return IntStreamRange(0, 3).Boxed().Peek(peek).Count() }, "3 "},
		{"HashSet", func() int64 {
			return CollectionStream[int32](NewHashSetFrom[int32](uListOf[int32](1, 2))).Peek(peek).Count()
		}, "2 "},
		{"iterate", func() int64 {
			return StreamIterate(1, UnaryOperatorFunc[int32](func(x int32) int32 { return x + 1 })).Limit(3).Peek(peek).Count()
		}, "3 1,2,3,"},
		{"concat", func() int64 { return StreamConcat(StreamOf[int32](1), StreamOf[int32](2)).Peek(peek).Count() }, "2 "},
		{"distinct", func() int64 { return CollectionStream(ListOf[int32](1, 2, 3)).Distinct().Peek(peek).Count() }, "3 1,2,3,"},
	}
	for _, tc := range tests {
		log.Reset()
		n := tc.run()
		uExpect(t, tc.name, LongStr(n)+" "+log.String(), tc.want)
	}
}

func TestStreamLaziness(t *testing.T) {
	// Stream.of(5, 3, 8, 1).peek(p).filter(x > 2).peek(f).sorted().peek(s).limit(2).collect(toList())
	var log strings.Builder
	tag := func(p string) Consumer[int32] {
		return ConsumerFunc[int32](func(x int32) { log.WriteString(p + IntStr(x)) })
	}
	r := StreamCollect(StreamOf[int32](5, 3, 8, 1).Peek(tag("p")).
		Filter(PredicateFunc[int32](func(x int32) bool { return x > 2 })).Peek(tag("f")).
		Sorted().Peek(tag("s")).Limit(2), CollectorsToList[int32]())
	uExpect(t, "order", Str(r)+" "+log.String(), "[3, 5] p5f5p3f3p8f8p1s3s5")
	// Stream.iterate(1, x -> x * 2).peek(append).limit(4).forEach(x -> {})
	log.Reset()
	StreamIterate(1, UnaryOperatorFunc[int32](func(x int32) int32 { return x * 2 })).
		Peek(ConsumerFunc[int32](func(x int32) { log.WriteString(IntStr(x) + " ") })).Limit(4).
		ForEach(ConsumerFunc[int32](func(int32) {}))
	uExpect(t, "iterate+limit pulls no extra element", log.String(), "1 2 4 8 ")
	s := StreamOf[int32](1)
	s.Count()
	uExpect(t, "reuse", uThrown(func() { s.Count() }), "IllegalStateException:stream has already been operated upon or closed")
	s2 := StreamOf[int32](1)
	s2.Filter(PredicateFunc[int32](func(int32) bool { return true }))
	uExpect(t, "reuse intermediate", uThrown(func() { s2.Limit(1) }), "IllegalStateException:stream has already been operated upon or closed")
	closed := 0
	c := StreamOf[int32](1).OnClose(RunnableFunc(func() { closed++ }))
	c.Close()
	c.Close()
	if closed != 1 {
		t.Errorf("close handlers ran %d times", closed)
	}
}

func TestStreamDoubleSums(t *testing.T) {
	// DoubleStream.of(1e100, 1.0, -1e100).sum() -> 0.0; of(0.1, 0.2, 0.3).sum() -> 0.6
	uExpect(t, "dsum", DoubleStreamOf(1e100, 1.0, -1e100).Sum(), "0.0")
	uExpect(t, "dsum2", DoubleStreamOf(0.1, 0.2, 0.3).Sum(), "0.6")
	uExpect(t, "dsum3", DoubleStreamOf(0.1, 0.2, 0.3, 1e16, -1e16).Sum(), "0.0")
	ds := make([]float64, 50)
	for i := range ds {
		ds[i] = 1.0 / float64(i+1)
	}
	uExpect(t, "dsum4", DoubleStreamOf(ds...).Sum(), "4.499205338329425")
	uExpect(t, "davg", DoubleStreamOf(ds...).Average(), "OptionalDouble[0.0899841067665885]")
	uExpect(t, "dstats", DoubleStreamOf(ds...).SummaryStatistics(), "DoubleSummaryStatistics{count=50, sum=4.499205, min=0.020000, average=0.089984, max=1.000000}")
	uExpect(t, "istats", IntStreamOf(3, 1, 4, 1, 5).SummaryStatistics(), "IntSummaryStatistics{count=5, sum=14, min=1, average=2.800000, max=5}")
	uExpect(t, "lstats", LongStreamOf(3, 1, 4).SummaryStatistics(), "LongSummaryStatistics{count=3, sum=8, min=1, average=2.666667, max=4}")
	uExpect(t, "istats-empty", IntStreamEmpty().SummaryStatistics(), "IntSummaryStatistics{count=0, sum=0, min=2147483647, average=0.000000, max=-2147483648}")
	uExpect(t, "dstats-empty", DoubleStreamEmpty().SummaryStatistics(), "DoubleSummaryStatistics{count=0, sum=0.000000, min=Infinity, average=0.000000, max=-Infinity}")
	uExpect(t, "isum overflow", IntStreamOf(2147483647, 1).Sum(), "-2147483648")
	uExpect(t, "iavg", IntStreamOf(1, 2).Average(), "OptionalDouble[1.5]")
	uExpect(t, "iavg-empty", IntStreamEmpty().Average(), "OptionalDouble.empty")
	id := FunctionFunc[float64, float64](func(x float64) float64 { return x })
	_ = id
	dbl := ToDoubleFunctionFunc[float64](func(x float64) float64 { return x })
	uExpect(t, "summingDouble", StreamCollect(StreamOf(0.1, 0.2, 0.3), CollectorsSummingDouble(dbl)), "0.6")
	uExpect(t, "averagingDouble", StreamCollect(StreamOf(0.1, 0.2, 0.3), CollectorsAveragingDouble(dbl)), "0.19999999999999998")
	ints := ToIntFunctionFunc[int32](func(x int32) int32 { return x })
	uExpect(t, "averagingInt", StreamCollect(StreamOf[int32](1, 2), CollectorsAveragingInt(ints)), "1.5")
	uExpect(t, "summingInt", StreamCollect(StreamOf[int32](1, 2), CollectorsSummingInt(ints)), "3")
	uExpect(t, "counting", StreamCollect(StreamOf[int32](1, 2), CollectorsCounting[int32]()), "2")
	uExpect(t, "lsum", LongStreamRangeClosed(1, 100000).Sum(), "5000050000")
	uExpect(t, "dstream", Str(StreamCollect(DoubleStreamOf(1.5, uNegZero(), 0.0).Boxed(), CollectorsToList[float64]()))+" "+
		Str(DoubleStreamOf(1.5, 2).Map(DoubleUnaryOperatorFunc(func(x float64) float64 { return x * 2 })).Sum()), "[1.5, -0.0, 0.0] 7.0")
	uExpect(t, "imax", Str(IntStreamOf(3, 9, 2).Max())+" "+Str(IntStreamEmpty().Min())+" "+Str(IntStreamOf(3, 9, 2).AsDoubleStream().Max()),
		"OptionalInt[9] OptionalInt.empty OptionalDouble[9.0]")
}

func TestCollectors(t *testing.T) {
	length := FunctionFunc[string, int32](uLen)
	first := FunctionFunc[string, uint16](func(s string) uint16 { return uint16(s[0]) })
	tests := []struct {
		name string
		got  any
		want string
	}{
		{"groupingBy", StreamCollect(uFruitStream(), CollectorsGroupingBy(length)),
			"{3=[fig], 4=[date, kiwi], 5=[apple, grape], 6=[banana, cherry], 7=[avocado], 9=[blueberry], 10=[elderberry]}"},
		{"groupingBy-first", StreamCollect(uFruitStream(), CollectorsGroupingBy(first)),
			"{a=[apple, avocado], b=[banana, blueberry], c=[cherry], d=[date], e=[elderberry], f=[fig], g=[grape], k=[kiwi]}"},
		{"groupingBy-count", StreamCollect(uFruitStream(), CollectorsGroupingByTo(length, CollectorsCounting[string]())),
			"{3=1, 4=2, 5=2, 6=2, 7=1, 9=1, 10=1}"},
		{"groupingBy-tree", StreamCollect(uFruitStream(), CollectorsGroupingByInto(length,
			SupplierFunc[*TreeMap[int32, string]](NewTreeMap[int32, string]),
			CollectorsMapping(FunctionFunc[string, string](func(s string) string { return s[:1] }), CollectorsJoiningDelimiter("|")))),
			"{3=f, 4=d|k, 5=a|g, 6=b|c, 7=a, 9=b, 10=e}"},
		{"partitioning", StreamCollect(uFruitStream(), CollectorsPartitioningBy(PredicateFunc[string](func(s string) bool { return len(s) > 5 }))),
			"{false=[apple, date, fig, grape, kiwi], true=[banana, cherry, elderberry, avocado, blueberry]}"},
		{"partitioning-count", StreamCollect(uFruitStream(), CollectorsPartitioningByTo(PredicateFunc[string](func(s string) bool { return len(s) > 50 }), CollectorsCounting[string]())),
			"{false=10, true=0}"},
		{"toMap", StreamCollect(uFruitStream(), CollectorsToMap(FunctionIdentity[string](), length)),
			"{banana=6, date=4, apple=5, cherry=6, avocado=7, kiwi=4, blueberry=9, fig=3, grape=5, elderberry=10}"},
		{"toMap-dup", uThrown(func() { StreamCollect(uFruitStream(), CollectorsToMap(length, FunctionIdentity[string]())) }),
			"IllegalStateException:Duplicate key 6 (attempted merging values banana and cherry)"},
		{"toMap-merge", StreamCollect(uFruitStream(), CollectorsToMapMerge(length, FunctionIdentity[string](), BinaryOperatorFunc[string](func(x, y string) string { return x + "+" + y }))),
			"{3=fig, 4=date+kiwi, 5=apple+grape, 6=banana+cherry, 7=avocado, 9=blueberry, 10=elderberry}"},
		{"toMap-linked", StreamCollect(uFruitStream(), CollectorsToMapInto(first, FunctionFunc[string, int32](func(string) int32 { return 1 }),
			BinaryOperatorFunc[int32](func(a, b int32) int32 { return a + b }), SupplierFunc[*LinkedHashMap[uint16, int32]](NewLinkedHashMap[uint16, int32]))),
			"{b=2, a=2, c=1, d=1, e=1, f=1, g=1, k=1}"},
		{"joining", StreamCollect(uFruitStream(), CollectorsJoining()), "bananaapplecherrydateelderberryfiggrapekiwiavocadoblueberry"},
		{"joining2", StreamCollect(uFruitStream(), CollectorsJoiningWith(", ", "<", ">")),
			"<banana, apple, cherry, date, elderberry, fig, grape, kiwi, avocado, blueberry>"},
		{"joining-empty", StreamCollect(StreamEmpty[string](), CollectorsJoiningWith(", ", "<", ">")), "<>"},
		{"toSet", StreamCollect(uFruitStream(), CollectorsToSet[string]()), "[banana, date, apple, cherry, avocado, kiwi, blueberry, fig, grape, elderberry]"},
		{"reducing", StreamCollect(StreamMap(uFruitStream(), length), CollectorsReducing(0, BinaryOperatorFunc[int32](func(a, b int32) int32 { return a + b }))), "59"},
		{"reducing1", StreamCollect(StreamMap(uFruitStream(), length), CollectorsReducingOptional(BinaryOperatorFunc[int32](func(a, b int32) int32 { return max(a, b) }))), "Optional[10]"},
		{"reducing3", StreamCollect(uFruitStream(), CollectorsReducingMapped(0, length, BinaryOperatorFunc[int32](func(a, b int32) int32 { return a + b }))), "59"},
		{"minBy", StreamCollect(uFruitStream(), CollectorsMinBy(ComparatorComparing(length))), "Optional[fig]"},
		{"maxBy", StreamCollect(uFruitStream(), CollectorsMaxBy(ComparatorComparing(length))), "Optional[elderberry]"},
		{"andThen", StreamCollect(uFruitStream(), CollectorsCollectingAndThen(CollectorsToList[string](), FunctionFunc[List[string], int32](func(l List[string]) int32 { return l.Size() }))), "10"},
		{"toCollection", StreamCollect(uFruitStream(), CollectorsToCollection[string](SupplierFunc[*TreeSet[string]](NewTreeSet[string]))),
			"[apple, avocado, banana, blueberry, cherry, date, elderberry, fig, grape, kiwi]"},
		{"filtering", StreamCollect(uFruitStream(), CollectorsGroupingByTo(length, CollectorsFiltering(PredicateFunc[string](func(s string) bool { return strings.Contains(s, "e") }), CollectorsToList[string]()))),
			"{3=[], 4=[date], 5=[apple, grape], 6=[cherry], 7=[], 9=[blueberry], 10=[elderberry]}"},
		{"summarizing", StreamCollect(uFruitStream(), CollectorsSummarizingInt(ToIntFunctionFunc[string](uLen))),
			"IntSummaryStatistics{count=10, sum=59, min=3, average=5.900000, max=10}"},
		{"toMap-null", uThrown(func() {
			StreamCollect(StreamOf("a"), CollectorsToMap(FunctionIdentity[string](), FunctionFunc[string, *string](func(string) *string { return nil })))
		}), "NullPointerException:null"},
		{"groupingBy-nullkey", uThrown(func() {
			StreamCollect(StreamOf("a"), CollectorsGroupingBy(FunctionFunc[string, *string](func(string) *string { return nil })))
		}), "NullPointerException:element cannot be mapped to a null key"},
		{"toList-immutable", uThrown(func() { StreamOf[int32](1).ToList().Add(2) }), "UnsupportedOperationException:null"},
		{"toUnmodifiableList", uThrown(func() { StreamCollect(StreamOf[int32](1), CollectorsToUnmodifiableList[int32]()).Add(2) }), "UnsupportedOperationException:null"},
	}
	for _, tc := range tests {
		uExpect(t, tc.name, tc.got, tc.want)
	}
}

func TestStreamOperations(t *testing.T) {
	length := FunctionFunc[string, int32](uLen)
	toList := func(s Stream[int32]) List[int32] { return StreamCollect(s, CollectorsToList[int32]()) }
	sum := BinaryOperatorFunc[int32](func(a, b int32) int32 { return a + b })
	tests := []struct {
		name string
		got  any
		want string
	}{
		{"distinct", toList(StreamOf[int32](3, 1, 3, 2, 1).Distinct()), "[3, 1, 2]"},
		{"sorted-stable", uFruitStream().SortedWith(ComparatorComparing(length)).ToList(),
			"[fig, date, kiwi, apple, grape, banana, cherry, avocado, blueberry, elderberry]"},
		{"sorted-rev", uFruitStream().SortedWith(ComparatorReverseOrder[string]()).ToList(),
			"[kiwi, grape, fig, elderberry, date, cherry, blueberry, banana, avocado, apple]"},
		{"min", uFruitStream().Min(ComparatorComparing(length)), "Optional[fig]"},
		{"max", uFruitStream().Max(ComparatorComparing(length)), "Optional[elderberry]"},
		{"findFirst", uFruitStream().Filter(PredicateFunc[string](func(s string) bool { return s[0] == 'c' })).FindFirst(), "Optional[cherry]"},
		{"findFirst-empty", uFruitStream().Filter(PredicateFunc[string](func(s string) bool { return s[0] == 'z' })).FindFirst(), "Optional.empty"},
		{"findFirst-null", uThrown(func() { StreamOf[*string](nil).FindFirst() }), "NullPointerException:null"},
		{"reduce", StreamOf[int32](1, 2, 3, 4).Reduce(0, sum), "10"},
		{"reduce1", StreamOf[int32](1, 2, 3, 4).ReduceOptional(BinaryOperatorFunc[int32](func(a, b int32) int32 { return max(a, b) })), "Optional[4]"},
		{"reduce3", StreamReduce(uFruitStream(), 0, BiFunctionFunc[int32, string, int32](func(acc int32, s string) int32 { return acc + uLen(s) }), sum), "59"},
		{"flatMap", toList(StreamMap(StreamFlatMap(StreamOf[List[int32]](ListOf[int32](1, 2), ListOf[int32](3)),
			FunctionFunc[List[int32], Stream[int32]](func(l List[int32]) Stream[int32] { return CollectionStream(l) })),
			FunctionFunc[int32, int32](func(x int32) int32 { return x * 10 }))), "[10, 20, 30]"},
		{"range", toList(IntStreamRange(0, 5).Boxed()), "[0, 1, 2, 3, 4]"},
		{"rangeClosed", IntStreamRangeClosed(1, 5).Sum(), "15"},
		{"mapToObj", StreamCollect(IntStreamMapToObj(IntStreamRange(0, 3), IntFunctionFunc[string](func(i int32) string { return "x" + IntStr(i) })), CollectorsJoiningDelimiter(",")), "x0,x1,x2"},
		{"iterate3", toList(StreamIterateWhile(1, PredicateFunc[int32](func(x int32) bool { return x < 50 }), UnaryOperatorFunc[int32](func(x int32) int32 { return x * 3 }))), "[1, 3, 9, 27]"},
		{"generate", StreamGenerate(SupplierFunc[string](func() string { return "g" })).Limit(3).ToList(), "[g, g, g]"},
		{"skip", toList(StreamOf[int32](1, 2, 3, 4).Skip(2)), "[3, 4]"},
		{"takeWhile", toList(StreamOf[int32](1, 2, 3, 1).TakeWhile(PredicateFunc[int32](func(x int32) bool { return x < 3 }))), "[1, 2]"},
		{"dropWhile", toList(StreamOf[int32](1, 2, 3, 1).DropWhile(PredicateFunc[int32](func(x int32) bool { return x < 3 }))), "[3, 1]"},
		{"matches", Str(StreamOf[int32](1, 2).AnyMatch(PredicateFunc[int32](func(x int32) bool { return x > 1 }))) + " " +
			Str(StreamOf[int32](1, 2).AllMatch(PredicateFunc[int32](func(x int32) bool { return x > 1 }))) + " " +
			Str(StreamOf[int32](1, 2).NoneMatch(PredicateFunc[int32](func(x int32) bool { return x > 5 }))) + " " +
			Str(StreamEmpty[int32]().AllMatch(PredicateFunc[int32](func(int32) bool { return false }))), "true false true true"},
		{"iterator", StreamOf[int32](1, 2).Iterator().Next(), "1"},
		{"boxed-sum", CollectionStream(ListOf[int32](1, 2, 3)).MapToInt(ToIntFunctionFunc[int32](func(x int32) int32 { return x })).Sum(), "6"},
		{"concat", toList(StreamConcat(StreamOf[int32](1), StreamOf[int32](2, 3))), "[1, 2, 3]"},
		{"toArray", NewArraysAsList(StreamOf[int32](1, 2).ToArray()), "[1, 2]"},
		{"intConcat", NewArraysAsList(IntStreamConcat(IntStreamOf(1, 2), IntStreamOf(3)).Distinct().ToArray()), "[1, 2, 3]"},
	}
	for _, tc := range tests {
		uExpect(t, tc.name, tc.got, tc.want)
	}
	it := StreamOf[int32](1, 2, 3).Iterator()
	n := 0
	for it.HasNext() {
		it.Next()
		n++
	}
	if n != 3 || it.HasNext() {
		t.Error("stream iterator")
	}
}

func TestOptional(t *testing.T) {
	inc := FunctionFunc[int32, int32](func(x int32) int32 { return x + 1 })
	tests := []struct {
		name string
		got  any
		want string
	}{
		{"of", OptionalOf("x"), "Optional[x]"},
		{"empty", OptionalEmpty[string](), "Optional.empty"},
		{"ofNullable(null)", OptionalOfNullable[*string](nil).IsPresent(), "false"},
		{"ofNullable(0) is present", OptionalOfNullable[int32](0).IsPresent(), "true"},
		{"map", OptionalMap(OptionalOf[int32](1), inc).Get(), "2"},
		{"filter", OptionalOf[int32](1).Filter(PredicateFunc[int32](func(x int32) bool { return x > 1 })), "Optional.empty"},
		{"get", uThrown(func() { OptionalEmpty[int32]().Get() }), "NoSuchElementException:No value present"},
		{"of(null)", uThrown(func() { OptionalOf[*string](nil) }), "NullPointerException:null"},
		{"orElseThrow", uThrown(func() { OptionalEmpty[int32]().OrElseThrow() }), "NoSuchElementException:No value present"},
		{"orElseThrow(supplier)", uThrown(func() {
			OptionalOrElseThrowWith(OptionalEmpty[int32](), SupplierFunc[Throwable](func() Throwable { return NewIllegalStateException2("boom") }))
		}), "IllegalStateException:boom"},
		// orElseThrow(() -> new IllegalArgumentException("no")): the supplier typed by X
		{"orElseThrow(Supplier<X>)", uThrown(func() {
			OptionalOrElseThrowWith(OptionalEmpty[string](), SupplierFunc[IllegalArgumentException](func() IllegalArgumentException { return NewIllegalArgumentException2("no") }))
		}), "IllegalArgumentException:no"},
		{"orElseThrow(() -> null)", uThrown(func() {
			OptionalOrElseThrowWith(OptionalEmpty[string](), SupplierFunc[IllegalArgumentException](func() IllegalArgumentException { return nil }))
		}), "NullPointerException:null"},
		{"orElseThrow(Supplier<X>) present", OptionalOrElseThrowWith(OptionalOf("v"), SupplierFunc[IllegalArgumentException](nil)), "v"},
		{"primitives", Str(OptionalIntOf(3)) + " " + Str(OptionalIntEmpty()) + " " + Str(OptionalDoubleOf(2.5)) + " " + Str(OptionalLongOf(7)),
			"OptionalInt[3] OptionalInt.empty OptionalDouble[2.5] OptionalLong[7]"},
		{"getAsInt", uThrown(func() { OptionalIntEmpty().AsInt() }), "NoSuchElementException:No value present"},
		// Optional.of("a").equals(Optional.of("a")) + hashCode: "a", empty, OptionalInt 5, OptionalDouble 2.5
		{"equals/hash", Str(OptionalOf("a").Equals(OptionalOf("a"))) + " " + Str(OptionalOf("a").HashCode()) + " " +
			Str(OptionalEmpty[string]().HashCode()) + " " + Str(OptionalIntOf(5).HashCode()) + " " + Str(OptionalDoubleOf(2.5).HashCode()),
			"true 97 0 5 1074003968"},
		// Optional.empty().equals(Optional.ofNullable((String) null)), Optional.of(1).equals(Optional.of(1L)),
		// Optional.of("a").equals(null), Optional.empty().equals(Optional.of("a")): true false false false
		{"equals across type arguments", Str(OptionalEmpty[any]().Equals(OptionalOfNullable[string](NullString))) + " " +
			Str(OptionalOf[*int32](Box[int32](1)).Equals(OptionalOf[*int64](Box[int64](1)))) + " " + Str(OptionalOf("a").Equals((*Optional[any])(nil))) + " " +
			Str(OptionalEmpty[any]().Equals(OptionalOf("a"))), "true false false false"},
		{"orElse", OptionalEmpty[int32]().OrElse(7), "7"},
		{"flatMap", OptionalFlatMap(OptionalOf[int32](1), FunctionFunc[int32, *Optional[string]](func(int32) *Optional[string] { return OptionalOf("y") })), "Optional[y]"},
	}
	for _, tc := range tests {
		uExpect(t, tc.name, tc.got, tc.want)
	}
}
