// Progressive enhancement for the questionnaire: an exclusive choice ("our data is not collected
// digitally") clears the other ticks of its question, and any other tick clears it. Without
// JavaScript the server refuses the combination with a message instead.
document.addEventListener("change", function (event) {
  var box = event.target;
  if (box.type !== "checkbox") return;
  var question = box.closest("fieldset.question");
  if (!question || !box.checked) return;
  question.querySelectorAll("input[type=checkbox][name='" + box.name + "']").forEach(function (other) {
    if (other !== box && (box.dataset.exclusive === "true" || other.dataset.exclusive === "true")) {
      other.checked = false;
    }
  });
}, true);
