cx
