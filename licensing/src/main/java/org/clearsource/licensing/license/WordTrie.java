package org.clearsource.licensing.license;

import java.util.Arrays;

/**
 * Phrases as sequences of word hashes, matched longest-first at a position of a {@link
 * TokenStream}. Words that {@link #SKIPPED} lists ("version", "v") are passed over on both sides,
 * and "v2"-style words count as their number, so "GPL version 2", "GPL v2" and "GPL 2" are one
 * phrase. Immutable after building; lookups allocate nothing.
 *
 * @param <T> what a phrase stands for
 */
final class WordTrie<T> {

  private static final long[] SKIPPED = hashes("version", "v", "ver", "vers");
  private static final long[] VERSION_WORDS = hashes("v1", "v2", "v3", "v4", "v5");
  private static final long[] VERSION_NUMBERS = hashes("1", "2", "3", "4", "5");

  /** A match: what the phrase stands for and the index of its last word. */
  record Match<T>(T value, int lastWord) {}

  private final Node<T> root = new Node<>();

  /** Adds a phrase (split into words like any text); a later value for the same phrase wins. */
  void add(String phrase, T value) {
    TokenStream words = Tokenizer.tokenize(phrase);
    Node<T> node = root;
    boolean any = false;
    for (int i = 0; i < words.size(); i++) {
      long word = normalized(words.word(i));
      if (word != 0) {
        node = node.childOrAdd(word);
        any = true;
      }
    }
    if (any) {
      node.value = value;
    }
  }

  /** The longest phrase that starts at word {@code from}, or null. */
  Match<T> longestAt(TokenStream words, int from) {
    long first = normalized(words.word(from));
    Node<T> node = first == 0 ? null : root.child(first);
    if (node == null) {
      return null;
    }
    Match<T> best = node.value != null ? new Match<>(node.value, from) : null;
    for (int i = from + 1; i < words.size() && node != null; i++) {
      long word = normalized(words.word(i));
      if (word == 0) {
        continue;
      }
      node = node.child(word);
      if (node != null && node.value != null) {
        best = new Match<>(node.value, i);
      }
    }
    return best;
  }

  /** Calls {@code action} with each word a phrase can start with. */
  void forEachFirstWord(java.util.function.LongConsumer action) {
    for (int i = 0; i < root.keys.length; i++) {
      if (root.children[i] != null) {
        action.accept(root.keys[i]);
      }
    }
  }

  /** 0 for a skipped word, the number for "v2", else the word. */
  static long normalized(long word) {
    for (long skipped : SKIPPED) {
      if (word == skipped) {
        return 0;
      }
    }
    for (int i = 0; i < VERSION_WORDS.length; i++) {
      if (word == VERSION_WORDS[i]) {
        return VERSION_NUMBERS[i];
      }
    }
    return word;
  }

  private static long[] hashes(String... words) {
    return Arrays.stream(words).mapToLong(Tokenizer::wordHash).toArray();
  }

  /** A trie node with an open-addressing table of children. */
  private static final class Node<T> {
    private long[] keys = new long[4];
    private Object[] children = new Object[4];
    private int size;
    private T value;

    @SuppressWarnings("unchecked")
    Node<T> child(long word) {
      int mask = keys.length - 1;
      int slot = (int) (word ^ (word >>> 32)) & mask;
      while (children[slot] != null) {
        if (keys[slot] == word) {
          return (Node<T>) children[slot];
        }
        slot = (slot + 1) & mask;
      }
      return null;
    }

    Node<T> childOrAdd(long word) {
      Node<T> existing = child(word);
      if (existing != null) {
        return existing;
      }
      if ((size + 1) * 2 > keys.length) {
        grow();
      }
      Node<T> node = new Node<>();
      put(word, node);
      return node;
    }

    private void put(long word, Node<T> node) {
      int mask = keys.length - 1;
      int slot = (int) (word ^ (word >>> 32)) & mask;
      while (children[slot] != null) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = word;
      children[slot] = node;
      size++;
    }

    @SuppressWarnings("unchecked")
    private void grow() {
      long[] oldKeys = keys;
      Object[] oldChildren = children;
      keys = new long[oldKeys.length * 2];
      children = new Object[oldKeys.length * 2];
      size = 0;
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldChildren[i] != null) {
          put(oldKeys[i], (Node<T>) oldChildren[i]);
        }
      }
    }
  }
}
